import { validationHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Model } from '../../../../language-server/language/generated/ast.js';
import { servicesWithLibrary } from './lsp-workspace.js';

/**
 * Validates `text` next to the library file of docs/language.md (teams
 * marketing, sales, support; persona maya), asks for the quick fixes of the
 * one diagnostic with `code`, applies the chosen one and validates the result.
 */
async function quickFixes(text: string, code: string, clientDropsData = false) {
    return quickFixesWith({}, text, code, clientDropsData);
}

/** `quickFixes` in a workspace that also holds `otherFiles`. */
async function quickFixesWith(otherFiles: Record<string, string>, text: string, code: string, clientDropsData = false) {
    const services = await servicesWithLibrary(otherFiles);
    const validate = validationHelper<Model>(services.Journey);
    const before = await validate(text);
    const diagnostics = before.diagnostics.filter(d => d.code === code).map(d => (clientDropsData ? { ...d, data: undefined } : d));
    expect(diagnostics).toHaveLength(1);
    const actions = (await services.Journey.lsp.CodeActionProvider!.getCodeActions(before.document, {
        textDocument: { uri: before.document.textDocument.uri },
        range: diagnostics[0].range,
        context: { diagnostics }
    })) as CodeAction[] | undefined;
    const apply = async (action: CodeAction) => {
        expect(Object.keys(action.edit!.changes!)).toEqual([before.document.textDocument.uri]);
        const edits = action.edit!.changes![before.document.textDocument.uri];
        const fixed = TextDocument.applyEdits(before.document.textDocument, edits);
        // A fresh workspace, as if the file had been saved: the old version must not count as a duplicate.
        const after = await validationHelper<Model>((await servicesWithLibrary()).Journey)(fixed);
        return { fixed, codes: after.diagnostics.map(d => d.code) };
    };
    return { actions: actions ?? [], apply, codesBefore: before.diagnostics.map(d => d.code) };
}

describe('quick fix for stage-without-owner', () => {
    const map = `journey j {
  personas maya
  stage retention "Retention" {
    touchpoint follow_up {
      emotion maya 4
    }
  }
}
`;

    it('offers one "Add owner" per declared team, with its label, and inserts the line after the stage opening', async () => {
        const { actions, apply } = await quickFixes(map, 'stage-without-owner');
        expect(actions.map(a => [a.title, a.kind, a.isPreferred])).toEqual([
            ["Add owner 'marketing' (Marketing)", 'quickfix', false],
            ["Add owner 'sales' (Sales)", 'quickfix', false],
            ["Add owner 'support' (Customer Support)", 'quickfix', false]
        ]);
        const { fixed, codes } = await apply(actions[1]);
        expect(fixed).toBe(map.replace('  stage retention "Retention" {\n', '  stage retention "Retention" {\n    owner sales\n'));
        expect(codes).toEqual([]);
    });

    it('prefers the team that already owns touchpoints of the stage', async () => {
        const text = map.replace('      emotion maya 4\n    }\n', '      emotion maya 4\n    }\n    touchpoint chat {\n      owner support\n      emotion maya 2\n    }\n');
        const { actions } = await quickFixes(text, 'stage-without-owner');
        expect(actions.filter(a => a.isPreferred).map(a => a.title)).toEqual(["Add owner 'support' (Customer Support)"]);
        expect(actions[0].title).toBe("Add owner 'support' (Customer Support)");
    });

    it('offers the teams owning the journey\'s other stages first, then those of the same file, then the rest of the workspace', async () => {
        // Another map declares (and uses) teams that come first alphabetically: they must come last here.
        const insurance = 'team billing "Billing"\nteam claims "Claims"\njourney claim {\n  personas maya\n  stage s {\n    owner billing, claims\n    touchpoint t { emotion maya 3 }\n  }\n}\n';
        const text = `team nursing "Nursing"
team reception "Reception"
journey visit {
  personas maya
  stage arrival {
    owner support
    touchpoint desk {
      owner sales
      emotion maya 3
    }
  }
  stage retention "Retention" {
    touchpoint follow_up {
      emotion maya 4
    }
  }
}
journey other {
  personas maya
  stage s {
    owner nursing
    touchpoint t { emotion maya 3 }
  }
}
`;
        const { actions } = await quickFixesWith({ 'insurance.journey': insurance }, text, 'stage-without-owner');
        expect(actions.map(a => a.title.replace(/^Add owner '(\w+)'.*$/, '$1'))).toEqual([
            'sales', 'support', // own the journey's other stage or its touchpoints
            'nursing', 'reception', // of the same file: used by another journey, declared here
            'billing', 'claims', 'marketing' // the rest of the workspace
        ]);
    });

    it('lists at most seven owners, then one "more…" entry that lets the client pick among the others', async () => {
        const teams = Array.from({ length: 9 }, (_, i) => `team t${i + 1} "Team ${i + 1}"`).join('\n');
        const { actions } = await quickFixesWith({ 'teams.journey': teams }, map, 'stage-without-owner');
        // 3 teams of the library + 9 = 12: 7 shown, 5 behind "more…".
        expect(actions).toHaveLength(8);
        const more = actions[7];
        expect(more.title).toBe('Add owner: 5 more teams…');
        expect(more.edit).toBeUndefined();
        expect(more.command?.command).toBe('journey.chooseEdit');
        const [placeholder, choices] = more.command!.arguments as [string, Array<{ label: string; edit: { changes: Record<string, unknown[]> } }>];
        expect(placeholder).toBe('Add owner: 5 more teams');
        expect(choices.map(choice => choice.label)).toEqual(['t5', 't6', 't7', 't8', 't9'].map(id => `Add owner '${id}' (Team ${id.slice(1)})`));
        expect(Object.values(choices[0].edit.changes)[0]).toEqual([expect.objectContaining({ newText: expect.stringContaining('owner t5') })]);
    });

    it('keeps a comment ending the opening line, and follows CRLF and tab indentation', async () => {
        const text = 'journey j {\r\n\tpersonas maya\r\n\tstage retention { // owner to be decided\r\n\t\ttouchpoint t {\r\n\t\t\temotion maya 4\r\n\t\t}\r\n\t}\r\n}\r\n';
        const { actions, apply } = await quickFixes(text, 'stage-without-owner');
        const { fixed, codes } = await apply(actions.find(a => a.title.startsWith("Add owner 'marketing'"))!);
        expect(fixed).toBe(text.replace('// owner to be decided\r\n', '// owner to be decided\r\n\t\towner marketing\r\n'));
        expect(codes).toEqual([]);
    });

    it('moves what follows the brace on the same line to a line of its own', async () => {
        const text = 'journey j {\n  personas maya\n  stage s { touchpoint t { emotion maya 4 } }\n}\n';
        const { actions, apply } = await quickFixes(text, 'stage-without-owner');
        const { fixed, codes } = await apply(actions[0]);
        expect(fixed).toBe('journey j {\n  personas maya\n  stage s {\n    owner marketing\n    touchpoint t { emotion maya 4 } }\n}\n');
        expect(codes).toEqual([]);
    });
});

describe('quick fix for stage-without-touchpoints', () => {
    it('inserts a touchpoint skeleton with an emotion per journey persona, adding no warning', async () => {
        const text = `journey j {
  personas maya
  stage awareness {
    owner marketing
    touchpoint new_touchpoint {
      emotion maya 3
    }
  }
  stage purchase "Purchase" {
    owner sales
    metric "Conversion" 2%
  }
}
`;
        const { actions, apply, codesBefore } = await quickFixes(text, 'stage-without-touchpoints');
        expect(codesBefore).toEqual(['stage-without-touchpoints']);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["Add touchpoint 'new_touchpoint_2'", true]]);
        const { fixed, codes } = await apply(actions[0]);
        expect(fixed).toBe(text.replace('    metric "Conversion" 2%\n', `    metric "Conversion" 2%
    touchpoint new_touchpoint_2 "New touchpoint" {
      action "What the customer does"
      emotion maya 3
    }
`));
        expect(codes).toEqual([]);
    });

    it('opens up an empty stage written on one line', async () => {
        const text = 'journey j {\r\n    personas maya\r\n    stage s {}\r\n}\r\n';
        const { actions, apply } = await quickFixes(text, 'stage-without-touchpoints');
        const { fixed, codes } = await apply(actions[0]);
        expect(fixed).toBe(
            'journey j {\r\n    personas maya\r\n    stage s {\r\n        touchpoint new_touchpoint "New touchpoint" {\r\n            action "What the customer does"\r\n            emotion maya 3\r\n        }\r\n    }\r\n}\r\n'
        );
        // The stage still has no owner: that warning was there before and stays.
        expect(codes).toEqual(['stage-without-owner']);
    });
});

describe('quick fix for persona-without-emotions', () => {
    it("adds 'emotion PERSONA 3' to every touchpoint of the journey in one edit", async () => {
        const text = `persona bob "Bob"
journey j {
  personas maya, bob
  stage s {
    owner sales
    touchpoint a {
      emotion maya 2 "Lost"
      pain "Too slow"
    }
    touchpoint b { action "Pays" }
  }
  stage t {
    owner support
    touchpoint c {
    }
  }
}
`;
        const { actions, apply } = await quickFixes(text, 'persona-without-emotions');
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["Add 'emotion bob 3' to every touchpoint of journey 'j'", true]]);
        const { fixed, codes } = await apply(actions[0]);
        expect(fixed).toBe(`persona bob "Bob"
journey j {
  personas maya, bob
  stage s {
    owner sales
    touchpoint a {
      emotion maya 2 "Lost"
      emotion bob 3
      pain "Too slow"
    }
    touchpoint b { action "Pays"
      emotion bob 3
    }
  }
  stage t {
    owner support
    touchpoint c {
      emotion bob 3
    }
  }
}
`);
        expect(codes).toEqual([]);
    });

    it('still works when the client sends the diagnostic back without its data', async () => {
        const text = 'persona bob\njourney j {\n  stage s {\n    owner sales\n    touchpoint t {\n    }\n  }\n}\n';
        const { actions, apply } = await quickFixes(text, 'persona-without-emotions', true);
        const { fixed, codes } = await apply(actions[0]);
        expect(fixed).toBe(text.replace('touchpoint t {\n', 'touchpoint t {\n      emotion bob 3\n'));
        expect(codes).toEqual([]);
    });

    it('offers nothing for a journey without touchpoints', async () => {
        const { actions } = await quickFixes('journey j {\n  personas maya\n}\n', 'persona-without-emotions');
        expect(actions).toEqual([]);
    });
});
