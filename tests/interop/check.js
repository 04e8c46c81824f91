// Drives the emulator with Microsoft's @azure/batch client (Shared Key): creates a job, adds a
// task collection, reads the job and its tasks back, and prints what it saw as one JSON line.
// Reads AZURE_BATCH_ENDPOINT, AZURE_BATCH_ACCOUNT, AZURE_BATCH_ACCESS_KEY and JOB_ID.
"use strict";
const { BatchServiceClient, BatchSharedKeyCredentials } = require("@azure/batch");

async function main() {
  const endpoint = process.env.AZURE_BATCH_ENDPOINT;
  const credentials = new BatchSharedKeyCredentials(process.env.AZURE_BATCH_ACCOUNT, process.env.AZURE_BATCH_ACCESS_KEY);
  const client = new BatchServiceClient(credentials, endpoint);
  const jobId = process.env.JOB_ID;

  await client.job.add({ id: jobId, poolInfo: { poolId: "local" }, priority: 5 });
  const tasks = [];
  for (let i = 0; i < 3; i++) {
    tasks.push({ id: `task-${i}`, commandLine: `echo ${i}` });
  }
  const added = await client.task.addCollection(jobId, tasks);
  const job = await client.job.get(jobId);
  const listed = [];
  for await (const page of pages(client, jobId)) {
    listed.push(...page);
  }
  const counts = await client.job.getTaskCounts(jobId);
  console.log(JSON.stringify({
    apiVersion: client.apiVersion,
    addStatuses: added.value.map((r) => r.status),
    jobId: job.id,
    jobState: job.state,
    jobPriority: job.priority,
    taskIds: listed.map((t) => t.id).sort(),
    taskStates: listed.map((t) => t.state),
    activeCount: counts.taskCounts.active,
  }));
}

// Lists with maxResults 2 so that odata.nextLink paging is exercised too.
async function* pages(client, jobId) {
  let page = await client.task.list(jobId, { taskListOptions: { maxResults: 2 } });
  yield page;
  while (page.odatanextLink) {
    page = await client.task.listNext(page.odatanextLink);
    yield page;
  }
}

main().catch((error) => {
  console.error(`interop check failed: ${error.statusCode || ""} ${error.code || ""} ${error.message}`);
  process.exit(1);
});
