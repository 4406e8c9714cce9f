-- Headless Neovim as an LSP client of `journey lsp --stdio` (run by neovim.test.ts).
-- Neovim 0.7 (Debian) has no vim.lsp.start: start_client + buf_attach_client do the same.
-- Arguments via environment: JOURNEY_BIN (bin/journey.js), JOURNEY_ROOT (the workspace), JOURNEY_OUT (result file).
local root = os.getenv('JOURNEY_ROOT')
local out = os.getenv('JOURNEY_OUT')
local result = { diagnostics = {}, completion = {}, definition = {} }

local function finish(errorText)
  if errorText then result.error = errorText end
  local file = io.open(out, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end

vim.cmd('edit ' .. root .. '/checkout.journey')
vim.bo.filetype = 'journey'
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'journey',
  cmd = { 'node', os.getenv('JOURNEY_BIN'), 'lsp', '--stdio' },
  root_dir = root,
})
if not client_id then return finish('the client did not start') end
vim.lsp.buf_attach_client(bufnr, client_id)

local got = vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 100)
if not got then return finish('no diagnostics') end
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(result.diagnostics, { line = d.lnum, col = d.col, code = d.code, message = d.message })
end

local client = vim.lsp.get_client_by_id(client_id)
local uri = vim.uri_from_bufnr(bufnr)
-- `    owner |sales` on line 4 (0-based 3): complete teams there, then go to the definition of `sales`.
local completion = client.request_sync('textDocument/completion', { textDocument = { uri = uri }, position = { line = 3, character = 10 } }, 20000, bufnr)
if not completion or completion.err then return finish('completion failed') end
local items = completion.result.items or completion.result
for _, item in ipairs(items) do table.insert(result.completion, item.label) end

local definition = client.request_sync('textDocument/definition', { textDocument = { uri = uri }, position = { line = 3, character = 12 } }, 20000, bufnr)
if not definition or definition.err then return finish('definition failed') end
for _, location in ipairs(definition.result) do
  table.insert(result.definition, { uri = location.targetUri or location.uri, range = location.targetSelectionRange or location.range })
end
finish(nil)
