--[[
Impostor for Rspamd: sends each message to Impostor's HTTP API (POST /api/analyze, the raw message
as message/rfc822) and adds a symbol for its verdict:

  IMPOSTOR_LIKELY_SCAM   the message impersonates a brand / is a scam     (default score 8)
  IMPOSTOR_SUSPICIOUS    red flags, not enough for "likely scam"          (default score 3)
  IMPOSTOR_FAIL          Impostor did not answer or answered garbage      (score 0, for logs only)

Options of the symbol: "brand=<id>" and the ids of the rules that raised the score, so a log line or
a milter header shows why. A failure of Impostor (down, slow, error) never blocks or rejects mail:
the request is asynchronous with a timeout, and on failure only IMPOSTOR_FAIL (score 0) is added.

Install (see README.md): load this file from $LOCAL_CONFDIR/rspamd.local.lua with
  dofile("/path/to/integrations/rspamd/impostor.lua")
and configure it in $LOCAL_CONFDIR/rspamd.conf.local:
  impostor { url = "http://127.0.0.1:8787"; timeout = 5.0; }
]]

local rspamd_http = require "rspamd_http"
local rspamd_logger = require "rspamd_logger"
local ucl = require "ucl"

local N = 'impostor'

local settings = {
  url = 'http://127.0.0.1:8787',
  timeout = 5.0,
  -- Messages bigger than this are not sent (Impostor's own API limit is larger; big mail is rarely a lure).
  max_size = 4 * 1024 * 1024,
  symbol_likely_scam = 'IMPOSTOR_LIKELY_SCAM',
  symbol_suspicious = 'IMPOSTOR_SUSPICIOUS',
  symbol_fail = 'IMPOSTOR_FAIL',
  score_likely_scam = 8.0,
  score_suspicious = 3.0,
  -- How many rule ids to list as symbol options.
  max_rules = 5,
  -- Country for report routes in Impostor's answer (does not change the verdict).
  country = 'US',
}

local opts = rspamd_config:get_all_opt(N)
if opts then
  for k, v in pairs(opts) do settings[k] = v end
end

local endpoint = string.gsub(tostring(settings.url), '/+$', '') .. '/api/analyze?country=' .. tostring(settings.country)

local function fail(task, why)
  rspamd_logger.infox(task, '%s: no verdict: %s', N, why)
  task:insert_result(settings.symbol_fail, 1.0, why)
end

local function impostor_callback(task)
  local content = task:get_content()
  if not content then return end
  if #content > settings.max_size then
    rspamd_logger.infox(task, '%s: message of %s bytes not sent (max_size %s)', N, #content, settings.max_size)
    return
  end

  local function on_reply(err, code, body)
    if err then return fail(task, tostring(err)) end
    if code ~= 200 then return fail(task, 'HTTP ' .. tostring(code)) end
    local parser = ucl.parser()
    local ok, perr = parser:parse_string(tostring(body))
    if not ok then return fail(task, 'bad JSON: ' .. tostring(perr)) end
    local report = parser:get_object()
    if type(report) ~= 'table' or type(report.verdict) ~= 'string' then return fail(task, 'no verdict in reply') end

    local options = {}
    if type(report.brand) == 'string' and report.brand ~= '' then table.insert(options, 'brand=' .. report.brand) end
    local seen, rules = {}, 0
    if type(report.findings) == 'table' then
      for _, f in ipairs(report.findings) do
        if rules >= settings.max_rules then break end
        if type(f) == 'table' and type(f.ruleId) == 'string' and f.effect ~= 'lower' and not seen[f.ruleId] then
          seen[f.ruleId] = true
          rules = rules + 1
          table.insert(options, f.ruleId)
        end
      end
    end
    local score = tonumber(report.score) or 1.0
    if report.verdict == 'likely_scam' then
      task:insert_result(settings.symbol_likely_scam, score, options)
    elseif report.verdict == 'suspicious' then
      task:insert_result(settings.symbol_suspicious, score, options)
    end
  end

  local sent = rspamd_http.request({
    task = task,
    url = endpoint,
    body = content,
    headers = { ['Accept'] = 'application/json' },
    mime_type = 'message/rfc822',
    timeout = settings.timeout,
    callback = on_reply,
  })
  if not sent then fail(task, 'request not sent') end
end

local parent = rspamd_config:register_symbol({
  name = 'IMPOSTOR_CHECK',
  type = 'callback',
  callback = impostor_callback,
  flags = 'empty',
  group = 'impostor',
})
rspamd_config:register_symbol({
  name = settings.symbol_likely_scam, type = 'virtual', parent = parent,
  score = settings.score_likely_scam, group = 'impostor',
  description = 'Impostor: likely a brand-impersonation scam',
})
rspamd_config:register_symbol({
  name = settings.symbol_suspicious, type = 'virtual', parent = parent,
  score = settings.score_suspicious, group = 'impostor',
  description = 'Impostor: red flags of a brand-impersonation scam',
})
rspamd_config:register_symbol({
  name = settings.symbol_fail, type = 'virtual', parent = parent,
  score = 0.0, group = 'impostor',
  description = 'Impostor gave no verdict (down, slow or an error); mail is not held back',
})
