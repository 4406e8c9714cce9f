/**
 * The Langium version every file of this folder was read against (README.md's
 * table). A test fails when the installed Langium differs: re-audit the table
 * against the new version's sources, then bump this.
 */
export const AUDITED_LANGIUM_VERSION = '4.2.1';
