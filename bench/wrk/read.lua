-- read.lua: GET the URL given on the command line and count 2xx answers
-- (status.lua counts them and prints the STATUS line).
require "bench.wrk.status"
