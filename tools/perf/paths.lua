-- wrk script: request the paths listed in the file named by the
-- environment variable PATHS, one per line, round robin per thread.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  paths[#paths + 1] = line
end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], {["Accept-Encoding"] = "gzip", ["Accept-Language"] = "de"})
end
