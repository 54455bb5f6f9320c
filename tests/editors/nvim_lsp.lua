-- Neovim's built-in LSP client (Debian 12: Neovim 0.7) drives `planc lsp` on
-- the reference plan: it opens the round file, waits for its diagnostics,
-- asks a hover and a definition, then edits a line the way a person types
-- and waits for the diagnostics of the new text. What it saw is written as
-- JSON to $OUT for tests/editors/nvim_lsp_test.sh to judge.
local planc, root, out = os.getenv("PLANC"), os.getenv("PLANC_ROOT"), os.getenv("OUT")
local folder = root .. "/plans/th-hor-2563"
local seen = { steps = {} }
local function step(s) table.insert(seen.steps, s) end
local function finish()
  local f = io.open(out, "w")
  f:write(vim.fn.json_encode(seen))
  f:close()
  vim.cmd("qa!")
end

vim.cmd("edit " .. vim.fn.fnameescape(folder .. "/2563-h1.plan"))
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({ cmd = { planc, "lsp" }, root_dir = folder, name = "planc" })
if not id then
  step("the client did not start")
  return finish()
end
vim.lsp.buf_attach_client(buf, id)
local client = vim.lsp.get_client_by_id(id)

local function codes(b)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(b)) do table.insert(out, { code = d.code, lnum = d.lnum, message = d.message }) end
  return out
end

if not vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
  step("no diagnostics within 30 s")
  return finish()
end
step("diagnostics")
seen.round = codes(buf)
local planbuf = vim.uri_to_bufnr(vim.uri_from_fname(folder .. "/plan.plan"))
vim.wait(2000, function() return #vim.diagnostic.get(planbuf) > 0 end, 20)
seen.plan = codes(planbuf)

local at = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 33, character = 8 } }
local hover = client.request_sync("textDocument/hover", at, 10000, buf)
seen.hover = hover and hover.result and hover.result.contents and hover.result.contents.value or ""
step("hover")
local def = client.request_sync("textDocument/definition", at, 10000, buf)
seen.definition = def and def.result or {}
step("definition")

-- Typed: the id of result ๑.๑ becomes ๑.๙ (no such indicator), as a person edits the line.
vim.api.nvim_buf_set_text(buf, 33, 11, 33, 14, { "๙" })  -- byte columns: "result ๑." is 11 bytes
local function has(code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do if d.code == code then return true end end
  return false
end
if vim.wait(30000, function() return has("E103") end, 20) then step("diagnostics after the edit") end
seen.after_edit = codes(buf)
local hints = client.request_sync("textDocument/inlayHint",
  { textDocument = at.textDocument, range = { start = { line = 60, character = 0 }, ["end"] = { line = 70, character = 0 } } },
  10000, buf)
seen.inlay = hints and hints.result or {}
client.request_sync("shutdown", nil, 5000, buf)
client.notify("exit")
step("shutdown")
finish()
