-- Replays signed-in reads: each request takes a (cookie, path) line from reads.tsv, spread over users and topics.
local lines = {}
local index = 0

function init(args)
  for line in io.lines(args[1]) do
    local cookie, path = line:match("([^\t]+)\t([^\t]+)")
    lines[#lines + 1] = { cookie = cookie, path = path .. (args[2] or "") }
  end
  index = math.random(#lines)
end

function request()
  index = index % #lines + 1
  local line = lines[index]
  return wrk.format("GET", line.path, { Cookie = line.cookie })
end
