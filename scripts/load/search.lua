-- A mix of real queries: one word, two words, prefixes, misspellings, a service alias.
local queries = { "kinesis", "firehose buffer", "kines", "cloudwath", "KDF", "pipe mode", "xgboost", "s",
                  "confusion matrix", "sagemaker endpoint", "glue crawler", "blazetext" }
local index = 0

function init(args)
  prefix = args[1] or "/search?q="
  index = math.random(#queries)
end

function request()
  index = index % #queries + 1
  return wrk.format("GET", prefix .. queries[index]:gsub(" ", "+"))
end
