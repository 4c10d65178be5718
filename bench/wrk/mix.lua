-- mix.lua: 95 % reads of the thread page, 5 % unique comment posts.
-- wrk.path is the article page; POSTs go to POST_PATH below, which
-- run.sh substitutes for the article's API URL. Answers are counted by
-- status.lua.
require "bench.wrk.status"

local counter = 0
local id = 0
local post_path = "POST_PATH"

function init(args)
    id = wrk.thread:get("id")
end

function request()
    counter = counter + 1
    if counter % 20 == 0 then
        local body = string.format(
            '{"body":"Mixed load comment %d from worker %d about the extradition case."}',
            counter, id)
        return wrk.format("POST", post_path,
            {["Content-Type"] = "application/json"}, body)
    end
    return wrk.format("GET", nil)
end
