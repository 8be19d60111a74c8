// Lua scripts for the Redis PlanStore: each multi-key change runs as one atomic script.

export const SAVE_PLAN = `
-- KEYS[1] plans hash, KEYS[2] labels hash, KEYS[3] links hash, KEYS[4] this plan's audit list
-- ARGV[1] planId, ARGV[2] expected version ('' = create), ARGV[3] plan JSON, ARGV[4] label key,
-- ARGV[5] link to add ('' = none), ARGV[6] link to remove ('' = none), ARGV[7] audit entry JSON
-- Returns {'ok'} or {'conflict', reason, otherPlanId}
local id = ARGV[1]
local current = redis.call('HGET', KEYS[1], id)
if ARGV[2] == '' then
  if current then return {'conflict', 'version', id} end
  local owner = redis.call('HGET', KEYS[2], ARGV[4])
  if owner then return {'conflict', 'label', owner} end
else
  if not current then return {'conflict', 'missing', ''} end
  if tostring(cjson.decode(current).version) ~= ARGV[2] then return {'conflict', 'version', id} end
end
if ARGV[5] ~= '' then
  local other = redis.call('HGET', KEYS[3], ARGV[5])
  if other and other ~= id then return {'conflict', 'link', other} end
  redis.call('HSET', KEYS[3], ARGV[5], id)
end
if ARGV[6] ~= '' and redis.call('HGET', KEYS[3], ARGV[6]) == id then
  redis.call('HDEL', KEYS[3], ARGV[6])
end
redis.call('HSET', KEYS[2], ARGV[4], id)
redis.call('HSET', KEYS[1], id, ARGV[3])
redis.call('RPUSH', KEYS[4], ARGV[7])
return {'ok'}
`;

export const LOG_MEETING = `
-- KEYS[1] plans hash, KEYS[2] plan commitments hash, KEYS[3] plan meetings hash,
-- KEYS[4] plan dedupe hash, KEYS[5] plan audit list, KEYS[6] commitment-plans hash, KEYS[7] due zset,
-- KEYS[8] pings zset
-- ARGV[1] planId, ARGV[2] meetingId, ARGV[3] meeting JSON, ARGV[4] n dedupe keys, then the keys,
-- then n commitments followed by (id, JSON, dueAt or '', nextPingAt or '') quadruples, then n audit
-- entries and the entries.
-- Returns {'ok', meetingId} | {'dup', earlierMeetingId} | {'missing', ''}
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return {'missing', ''} end
local i = 4
local nd = tonumber(ARGV[i])
for k = 1, nd do
  local seen = redis.call('HGET', KEYS[4], ARGV[i + k])
  if seen then return {'dup', seen} end
end
for k = 1, nd do redis.call('HSET', KEYS[4], ARGV[i + k], ARGV[2]) end
i = i + nd + 1
local nc = tonumber(ARGV[i])
for k = 0, nc - 1 do
  local cid, json, dueAt, pingAt = ARGV[i + 1 + k * 4], ARGV[i + 2 + k * 4], ARGV[i + 3 + k * 4], ARGV[i + 4 + k * 4]
  redis.call('HSET', KEYS[2], cid, json)
  redis.call('HSET', KEYS[6], cid, ARGV[1])
  if dueAt ~= '' then redis.call('ZADD', KEYS[7], dueAt, cid) end
  if pingAt ~= '' then redis.call('ZADD', KEYS[8], pingAt, cid) end
end
i = i + nc * 4 + 1
local na = tonumber(ARGV[i])
for k = 1, na do redis.call('RPUSH', KEYS[5], ARGV[i + k]) end
redis.call('HSET', KEYS[3], ARGV[2], ARGV[3])
return {'ok', ARGV[2]}
`;

export const SAVE_COMMITMENT = `
-- KEYS[1] plan commitments hash, KEYS[2] due zset, KEYS[3] plan audit list, KEYS[4] pings zset
-- ARGV[1] commitmentId, ARGV[2] expected version, ARGV[3] commitment JSON,
-- ARGV[4] dueAt score ('' = take it out of the due index), ARGV[5] audit entry JSON,
-- ARGV[6] next ping score ('' = take it out of the ping index)
-- Returns {'ok'} or {'conflict', reason}
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current then return {'conflict', 'missing'} end
if tostring(cjson.decode(current).version) ~= ARGV[2] then return {'conflict', 'version'} end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
if ARGV[4] == '' then
  redis.call('ZREM', KEYS[2], ARGV[1])
else
  redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
end
if ARGV[6] == '' then
  redis.call('ZREM', KEYS[4], ARGV[1])
else
  redis.call('ZADD', KEYS[4], ARGV[6], ARGV[1])
end
redis.call('RPUSH', KEYS[3], ARGV[5])
return {'ok'}
`;

export const DELETE_PLAN = `
-- KEYS[1] plans hash, KEYS[2] labels hash, KEYS[3] links hash, KEYS[4] commitment-plans hash,
-- KEYS[5] due zset, KEYS[6] plan commitments hash, KEYS[7] plan meetings hash,
-- KEYS[8] plan dedupe hash, KEYS[9] plan audit list, KEYS[10] plan commitment-number counter,
-- KEYS[11] pings zset
-- ARGV[1] planId, ARGV[2] label key (the plan's links are read from its stored JSON)
-- Returns 1 when a plan was deleted, 0 when there was none
local id = ARGV[1]
local current = redis.call('HGET', KEYS[1], id)
if not current then return 0 end
for _, link in ipairs(cjson.decode(current).links or {}) do
  local field = link.platform .. ':' .. link.id
  if redis.call('HGET', KEYS[3], field) == id then redis.call('HDEL', KEYS[3], field) end
end
if redis.call('HGET', KEYS[2], ARGV[2]) == id then redis.call('HDEL', KEYS[2], ARGV[2]) end
for _, cid in ipairs(redis.call('HKEYS', KEYS[6])) do
  redis.call('ZREM', KEYS[5], cid)
  redis.call('ZREM', KEYS[11], cid)
  redis.call('HDEL', KEYS[4], cid)
end
redis.call('DEL', KEYS[6], KEYS[7], KEYS[8], KEYS[9], KEYS[10])
redis.call('HDEL', KEYS[1], id)
return 1
`;
