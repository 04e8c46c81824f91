// Submits COUNT tasks to JOB through Microsoft's @azure/batch (task.addCollection, 100 per call) with
// PARALLEL calls in flight, the way the .NET bench submits them through the engine: the same ids and
// command lines, made and serialized inside the clock. Prints the bench's summary line.
// usage: node bench/js/add-tasks.js COUNT PARALLEL JOB   (AZURE_BATCH_* variables as for the bench;
// @azure/batch comes from tests/interop: npm ci there first)
"use strict";
const path = require("path");
const { BatchServiceClient, BatchSharedKeyCredentials } = require(path.join(__dirname, "../../tests/interop/node_modules/@azure/batch"));

async function main() {
  const [count, parallel, jobId] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]];
  if (!(count > 0) || !(parallel > 0) || !jobId) {
    throw new Error("usage: node bench/js/add-tasks.js COUNT PARALLEL JOB");
  }
  const credentials = new BatchSharedKeyCredentials(process.env.AZURE_BATCH_ACCOUNT, process.env.AZURE_BATCH_ACCESS_KEY);
  const client = new BatchServiceClient(credentials, process.env.AZURE_BATCH_ENDPOINT);
  try {
    await client.job.add({ id: jobId, poolInfo: { poolId: "bench-pool" } });
  } catch (error) {
    if (error.code !== "JobExists") throw error;
  }

  const counts = { added: 0, existed: 0, failed: 0 };
  let next = 0;
  const chunks = Math.ceil(count / 100);
  async function worker() {
    for (let chunk = next++; chunk < chunks; chunk = next++) {
      const tasks = [];
      for (let i = chunk * 100; i < Math.min(count, chunk * 100 + 100); i++) {
        tasks.push({ id: "task-" + String(i).padStart(7, "0"), commandLine: `/bin/sh -c 'echo task ${i}'` });
      }
      const result = await client.task.addCollection(jobId, tasks);
      for (const item of result.value) {
        if (item.status === "success") counts.added++;
        else if (item.error && item.error.code === "TaskExists") counts.existed++;
        else counts.failed++;
      }
    }
  }

  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: parallel }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = (counts.added + counts.existed + counts.failed) / seconds;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`added=${counts.added} existed=${counts.existed} failed=${counts.failed} seconds=${seconds.toFixed(2)} tasks_per_s=${rate.toFixed(0)} peak_mb=${peakMb.toFixed(1)}`);
}

main().catch((error) => {
  console.error(`add-tasks failed: ${error.statusCode || ""} ${error.code || ""} ${error.message}`);
  process.exit(1);
});
