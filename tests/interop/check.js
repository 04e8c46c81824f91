// Drives the emulator with Microsoft's @azure/batch client (Shared Key): creates a job, adds a
// task collection, reads the job and its tasks back; creates a job schedule, reads it and the job
// it made, terminates it, sends a schedule the service refuses; reads a duration and a default the
// service fills in, sends a task the service refuses; and prints what it saw as one JSON line.
// Reads AZURE_BATCH_ENDPOINT, AZURE_BATCH_ACCOUNT, AZURE_BATCH_ACCESS_KEY, JOB_ID and SCHEDULE_ID.
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
  const schedule = await scheduleRun(client, process.env.SCHEDULE_ID);

  // The service's rules and defaults, as Microsoft's client sees them.
  await client.job.add({ id: `${jobId}-limits`, poolInfo: { poolId: "local" }, constraints: { maxWallClockTime: "P3Y6M4DT12H30M5S" } });
  const limits = await client.job.get(`${jobId}-limits`);
  const task = await client.task.get(jobId, "task-0");
  // Two sources for one resource file: the client sends it, the service refuses it.
  const file = { httpUrl: "https://example.invalid/a", storageContainerUrl: "https://example.invalid/c", filePath: "a" };
  const refused = await refusal(client.task.add(jobId, { id: "two-sources", commandLine: "echo", resourceFiles: [file] }));
  console.log(JSON.stringify({
    ...schedule,
    apiVersion: client.apiVersion,
    addStatuses: added.value.map((r) => r.status),
    jobId: job.id,
    jobState: job.state,
    jobPriority: job.priority,
    taskIds: listed.map((t) => t.id).sort(),
    taskStates: listed.map((t) => t.state),
    activeCount: counts.taskCounts.active,
    maxWallClockTime: limits.constraints.maxWallClockTime,
    autoUserScope: task.userIdentity && task.userIdentity.autoUser && task.userIdentity.autoUser.scope,
    refused,
  }));
}

// Creates an hourly job schedule, reads it and the job it made at once, then terminates it.
async function scheduleRun(client, scheduleId) {
  await client.jobSchedule.add({
    id: scheduleId,
    schedule: { recurrenceInterval: "PT1H", doNotRunAfter: new Date(Date.now() + 24 * 3600 * 1000) },
    jobSpecification: { poolInfo: { poolId: "local" }, priority: 7 },
  });
  const exists = await client.jobSchedule.exists(scheduleId);
  const schedule = await client.jobSchedule.get(scheduleId);
  const jobs = await client.job.listFromJobSchedule(scheduleId);
  await client.jobSchedule.terminate(scheduleId);
  const terminated = await client.jobSchedule.get(scheduleId);
  // A start window under the spec's minimum of one minute.
  const scheduleRefused = await refusal(client.jobSchedule.add({
    id: `${scheduleId}-refused`,
    schedule: { startWindow: "PT30S" },
    jobSpecification: { poolInfo: { poolId: "local" } },
  }));
  return {
    scheduleExists: exists.body,
    scheduleState: schedule.state,
    scheduleInterval: schedule.schedule.recurrenceInterval,
    scheduleHasNextRun: schedule.executionInfo.nextRunTime instanceof Date,
    scheduleRecentJob: schedule.executionInfo.recentJob.id,
    scheduledJobs: jobs.map((job) => ({ id: job.id, priority: job.priority, state: job.state })),
    scheduleStateAfterTerminate: terminated.state,
    scheduleJobDefault: schedule.jobSpecification.onAllTasksComplete,
    scheduleRefused,
  };
}

// What the service answered to a request it refused: status, code and the property it named.
async function refusal(request) {
  try {
    await request;
    return null;
  } catch (error) {
    const values = (error.body && error.body.values) || [];
    return { status: error.statusCode, code: error.code, property: (values.find((v) => v.key === "PropertyName") || {}).value };
  }
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
