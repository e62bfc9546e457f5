// A third-party xAPI client (@xapi/xapi, as e-learning content uses it) against the FirstShift LRS.
// Usage: node lrs-client.js <endpoint ending in /xapi/> <authorization header value> <xAPI version>
// Prints "ok <step>" for each step and "all steps passed" at the end; any failure exits non-zero.
const assert = require("node:assert/strict");
const crypto = require("node:crypto");
const XAPI = require("@xapi/xapi").default;

const [endpoint, auth, version] = process.argv.slice(2);
const xapi = new XAPI({ endpoint, auth, version });
const run = crypto.randomUUID().slice(0, 8);
const agent = { objectType: "Agent", name: "Client " + run, mbox: `mailto:client-${run}@example.com` };
const activityId = `https://firstshift.example/activities/client-${run}`;
const statement = (verb) => ({
  actor: agent,
  verb: { id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { "en-US": verb } },
  object: { objectType: "Activity", id: activityId, definition: { name: { "en-US": "Client check" } } },
  result: { score: { scaled: 0.9 }, success: true, duration: "PT3M" },
});

async function step(name, fn) {
  try {
    await fn();
    console.log("ok " + name);
  } catch (e) {
    const detail = e.response ? ` (HTTP ${e.response.status}: ${JSON.stringify(e.response.data)})` : "";
    console.log(`not ok ${name}: ${e.message}${detail}`);
    process.exit(1);
  }
}

(async () => {
  let id;
  await step("about", async () => {
    const about = (await xapi.getAbout()).data;
    assert.ok(about.version.includes(version.startsWith("2") ? "2.0.0" : "1.0.3"));
  });
  await step("send statement", async () => {
    const ids = (await xapi.sendStatement({ statement: statement("completed") })).data;
    assert.equal(ids.length, 1);
    id = ids[0];
  });
  await step("get statement", async () => {
    const s = (await xapi.getStatement({ statementId: id })).data;
    assert.equal(s.id, id);
    assert.equal(s.actor.mbox, agent.mbox);
    assert.ok(s.stored && s.authority);
  });
  await step("send statements and page through them", async () => {
    const batch = Array.from({ length: 5 }, () => statement("experienced"));
    assert.equal((await xapi.sendStatements({ statements: batch })).data.length, 5);
    let page = (await xapi.getStatements({ agent, limit: 2 })).data;
    const seen = new Set(page.statements.map((s) => s.id));
    while (page.more) {
      page = (await xapi.getMoreStatements({ more: page.more })).data;
      page.statements.forEach((s) => seen.add(s.id));
    }
    assert.equal(seen.size, 6);
  });
  await step("filter by verb", async () => {
    const r = (await xapi.getStatements({ agent, verb: "http://adlnet.gov/expapi/verbs/completed" })).data;
    assert.deepEqual(r.statements.map((s) => s.id), [id]);
  });
  await step("void a statement", async () => {
    await xapi.voidStatement({ actor: agent, statementId: id });
    const voided = (await xapi.getVoidedStatement({ voidedStatementId: id })).data;
    assert.equal(voided.id, id);
    await assert.rejects(xapi.getStatement({ statementId: id }), (e) => e.response && e.response.status === 404);
  });
  await step("refused statement", async () => {
    const bad = statement("completed");
    bad.result.score.scaled = 3;
    await assert.rejects(xapi.sendStatement({ statement: bad }),
      (e) => e.response && e.response.status === 400 && JSON.stringify(e.response.data).includes("scaled"));
  });
  await step("state", async () => {
    await xapi.setState({ agent, activityId, stateId: "bookmark", state: { page: 1 } });
    await xapi.createState({ agent, activityId, stateId: "bookmark", state: { seen: true } });
    const doc = (await xapi.getState({ agent, activityId, stateId: "bookmark" })).data;
    assert.deepEqual(doc, { page: 1, seen: true });
    assert.deepEqual((await xapi.getStates({ agent, activityId })).data, ["bookmark"]);
    await xapi.deleteState({ agent, activityId, stateId: "bookmark" });
    assert.deepEqual((await xapi.getStates({ agent, activityId })).data, []);
  });
  await step("activity profile with etag", async () => {
    await xapi.createActivityProfile({ activityId, profileId: "p", profile: { v: 1 } });
    const r = await xapi.getActivityProfile({ activityId, profileId: "p" });
    assert.deepEqual(r.data, { v: 1 });
    await xapi.setActivityProfile({ activityId, profileId: "p", profile: { v: 2 }, etag: r.headers.etag, matchHeader: "If-Match" });
    assert.deepEqual((await xapi.getActivityProfile({ activityId, profileId: "p" })).data, { v: 2 });
    await assert.rejects(
      xapi.setActivityProfile({ activityId, profileId: "p", profile: { v: 3 }, etag: r.headers.etag, matchHeader: "If-Match" }),
      (e) => e.response && e.response.status === 412);
  });
  await step("agent profile", async () => {
    await xapi.createAgentProfile({ agent, profileId: "prefs", profile: { lang: "ru" } });
    assert.deepEqual((await xapi.getAgentProfile({ agent, profileId: "prefs" })).data, { lang: "ru" });
    assert.deepEqual((await xapi.getAgentProfiles({ agent })).data, ["prefs"]);
  });
  await step("activity and agent", async () => {
    const a = (await xapi.getActivity({ activityId })).data;
    assert.equal(a.definition.name["en-US"], "Client check");
    const p = (await xapi.getAgent({ agent })).data;
    assert.equal(p.objectType, "Person");
  });
  console.log("all steps passed");
})();
