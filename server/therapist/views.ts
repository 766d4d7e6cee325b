import "server-only";
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, max, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db";
import {
  boundaries,
  boundaryConsents,
  boundaryVersions,
  checkInResponses,
  commitmentCheckIns,
  commitmentEvents,
  commitments,
  coupleMembers,
  exerciseEntries,
  exerciseSessions,
  moodCheckIns,
  therapistAssignments,
  therapistLinks,
  therapistNotes,
  users,
} from "@/db/schema";
import { commitmentProgress } from "@/server/commitments/service";
import { addDays, localDate, weeklyTotals } from "@/server/commitments/periods";
import { isIn } from "@/server/exercises/queries";
import { findTemplate } from "@/server/exercises/library";
import type { ExerciseTemplate } from "@/server/exercises/template-schema";
import type { CoupleId } from "@/server/couple/ids";
import type { TherapistScope } from "@/db/schema";
import { effectiveAccess, linkStates, logRead, logReads, requireScope, type TherapistAccess } from "./access";

/**
 * Everything a therapist reads goes through here. Each read checks its scope, is logged (scope and
 * record kind, never content), and selects only what both partners may already see of each
 * other: revealed answers (never reflections, held or private ones), shared mood entries, notes
 * that are not held or private — and nothing made before `since` when the couple chose
 * "from now on". Column lists are explicit, so a new private column never leaks by default.
 */

async function partnersOf(db: DbOrTx, coupleId: string) {
  return (await partnersOfCouples(db, [coupleId])).get(coupleId) ?? [];
}

/** Each couple's current partners, in joining order, in one query. */
async function partnersOfCouples(db: DbOrTx, coupleIds: string[]) {
  const rows = await db
    .select({ coupleId: coupleMembers.coupleId, id: users.id, name: users.name })
    .from(coupleMembers)
    .innerJoin(users, eq(users.id, coupleMembers.userId))
    .where(and(inArray(coupleMembers.coupleId, coupleIds), isNull(coupleMembers.leftAt)))
    .orderBy(asc(coupleMembers.joinedAt));
  const byCouple = new Map<string, Array<{ id: string; name: string }>>();
  for (const { coupleId, ...person } of rows) byCouple.set(coupleId, [...(byCouple.get(coupleId) ?? []), person]);
  return byCouple;
}

/**
 * Rows of several couples, each only from its own "from now on" window: `couple = a and (made since
 * a's window)` or `couple = b and …`, so one statement serves every couple on the dashboard.
 */
function withinWindows(accesses: readonly TherapistAccess[], coupleColumn: AnyPgColumn, madeAt: AnyPgColumn) {
  return or(...accesses.map((a) => and(eq(coupleColumn, a.coupleId), a.since ? gte(madeAt, a.since) : undefined)));
}

const nameIn = (people: Array<{ id: string; name: string }>) => (id: string | null) => people.find((p) => p.id === id)?.name ?? null;

/** The couple's header: names and what is shared. */
export async function coupleHeader(db: DbOrTx, access: TherapistAccess) {
  await logRead(db, access, "summary", "couple overview");
  const people = await partnersOf(db, access.coupleId);
  return { linkId: access.linkId, partners: people.map((p) => p.name), scopes: [...access.scopes], since: access.since };
}

export async function boundariesView(db: DbOrTx, access: TherapistAccess) {
  requireScope(access, "boundaries");
  await logRead(db, access, "boundaries", "boundaries");
  const since = access.since;
  const people = await partnersOf(db, access.coupleId);
  const name = nameIn(people);
  const rows = await db
    .select({ id: boundaries.id, status: boundaries.status, agreedVersion: boundaries.agreedVersion, latestVersion: boundaries.latestVersion, revisitRequestedBy: boundaries.revisitRequestedBy, revisitRequestedAt: boundaries.revisitRequestedAt, createdAt: boundaries.createdAt, updatedAt: boundaries.updatedAt })
    .from(boundaries)
    .where(and(eq(boundaries.coupleId, access.coupleId), since ? gte(boundaries.createdAt, since) : undefined))
    .orderBy(desc(boundaries.updatedAt));
  if (rows.length === 0) return [];
  const versions = await db
    .select({ id: boundaryVersions.id, boundaryId: boundaryVersions.boundaryId, number: boundaryVersions.number, title: boundaryVersions.title, description: boundaryVersions.description, category: boundaryVersions.category, proposedBy: boundaryVersions.proposedBy, proposedAt: boundaryVersions.proposedAt })
    .from(boundaryVersions)
    .where(inArray(boundaryVersions.boundaryId, rows.map((r) => r.id)))
    .orderBy(asc(boundaryVersions.number));
  const consents = await db
    .select({ versionId: boundaryConsents.versionId, userId: boundaryConsents.userId })
    .from(boundaryConsents)
    .where(inArray(boundaryConsents.versionId, versions.map((v) => v.id)));
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    agreedVersion: row.agreedVersion,
    revisitRequestedBy: name(row.revisitRequestedBy),
    revisitRequestedAt: row.revisitRequestedAt,
    createdAt: row.createdAt,
    versions: versions
      .filter((v) => v.boundaryId === row.id)
      .map((v) => ({
        number: v.number,
        title: v.title,
        description: v.description,
        category: v.category,
        proposedBy: name(v.proposedBy),
        proposedAt: v.proposedAt,
        agreedBy: consents.filter((c) => c.versionId === v.id).map((c) => name(c.userId)).filter((n): n is string => n !== null),
      })),
  }));
}

export async function commitmentsView(db: DbOrTx, access: TherapistAccess, now = new Date()) {
  requireScope(access, "commitments");
  await logRead(db, access, "commitments", "commitments and check-ins");
  return loadCommitments(db, access, now);
}

async function loadCommitments(db: DbOrTx, access: TherapistAccess, now: Date) {
  return (await loadCommitmentsOf(db, [access], now)).get(access.linkId)!;
}

/** Commitments with their progress for several couples at once (by link id), in four queries. */
async function loadCommitmentsOf(db: DbOrTx, accesses: readonly TherapistAccess[], now: Date) {
  const coupleIds = accesses.map((a) => a.coupleId);
  const people = await partnersOfCouples(db, coupleIds);
  const rows = await db
    .select({ id: commitments.id, coupleId: commitments.coupleId, ownerId: commitments.ownerId, what: commitments.what, why: commitments.why, question: commitments.question, cadence: commitments.cadence, startOn: commitments.startOn, endOn: commitments.endOn, timeZone: commitments.timeZone, status: commitments.status, createdAt: commitments.createdAt })
    .from(commitments)
    .where(inArray(commitments.coupleId, coupleIds))
    .orderBy(desc(commitments.createdAt));
  const ids = rows.map((r) => r.id);
  const [checkIns, events] = ids.length
    ? await Promise.all([
        db
          .select({ id: commitmentCheckIns.id, commitmentId: commitmentCheckIns.commitmentId, period: commitmentCheckIns.period, outcome: commitmentCheckIns.outcome, note: commitmentCheckIns.note, noteHold: commitmentCheckIns.noteHold, createdAt: commitmentCheckIns.createdAt, response: checkInResponses.response })
          .from(commitmentCheckIns)
          .leftJoin(checkInResponses, eq(checkInResponses.checkInId, commitmentCheckIns.id))
          .innerJoin(commitments, eq(commitments.id, commitmentCheckIns.commitmentId))
          .where(and(inArray(commitmentCheckIns.commitmentId, ids), withinWindows(accesses, commitments.coupleId, commitmentCheckIns.createdAt)))
          .orderBy(desc(commitmentCheckIns.period)),
        db
          .select({ commitmentId: commitmentEvents.commitmentId, kind: commitmentEvents.kind, detail: commitmentEvents.detail, changes: commitmentEvents.changes, byUserId: commitmentEvents.byUserId, note: commitmentEvents.note, noteHold: commitmentEvents.noteHold, createdAt: commitmentEvents.createdAt })
          .from(commitmentEvents)
          .where(inArray(commitmentEvents.commitmentId, ids))
          .orderBy(asc(commitmentEvents.createdAt)),
      ])
    : [[], []];

  const ofCouple = (access: TherapistAccess) => {
    const own = rows.filter((r) => r.coupleId === access.coupleId);
    if (own.length === 0) return { commitments: [], weeks: [] };
    const since = access.since;
    const name = nameIn(people.get(access.coupleId) ?? []);
    const list = own
      // "From now on": a commitment made before consent is left out whole (its words included).
      .filter((row) => !since || row.createdAt >= since)
      .map((row) => {
        const its = checkIns.filter((c) => c.commitmentId === row.id);
        const history = events.filter((e) => e.commitmentId === row.id);
        const fromDay = since ? localDate(since, row.timeZone) : null;
        const { today, progress } = commitmentProgress(row, new Map(its.map((c) => [c.period, c.outcome] as const)), history, now, fromDay);
        return {
          id: row.id,
          owner: name(row.ownerId),
          what: row.what,
          why: row.why,
          question: row.question,
          cadence: row.cadence,
          startOn: row.startOn,
          endOn: row.endOn,
          status: row.status,
          today,
          progress,
          checkIns: its.map((c) => ({ period: c.period, outcome: c.outcome, note: c.noteHold === null ? c.note : null, response: c.response })),
          history: history
            .filter((e) => !since || e.createdAt >= since)
            .map((e) => ({ kind: e.kind, detail: e.detail, changes: e.changes, by: name(e.byUserId), note: e.noteHold === null ? e.note : null, at: e.createdAt })),
        };
      });
    const today = list.map((c) => c.today).sort().at(-1) ?? localDate(now, "UTC");
    return { commitments: list, weeks: weeklyTotals(list.map((c) => c.progress.periods), today) };
  };
  return new Map(accesses.map((access) => [access.linkId, ofCouple(access)] as const));
}

/** Revealed answers only: both submitted, neither held, and never a reflection or a private answer. */
export async function answersView(db: DbOrTx, access: TherapistAccess) {
  requireScope(access, "answers");
  await logRead(db, access, "answers", "revealed exercise answers");
  const since = access.since;
  const people = await partnersOf(db, access.coupleId);
  const name = nameIn(people);
  const sessions = await db
    .select({ id: exerciseSessions.id, template: exerciseSessions.template, status: exerciseSessions.status, startedAt: exerciseSessions.startedAt, endedAt: exerciseSessions.endedAt })
    .from(exerciseSessions)
    .where(and(eq(exerciseSessions.coupleId, access.coupleId), since ? gte(exerciseSessions.startedAt, since) : undefined))
    .orderBy(desc(exerciseSessions.startedAt))
    .limit(100);
  if (sessions.length === 0) return [];
  const entries = await db
    .select({ sessionId: exerciseEntries.sessionId, stepIndex: exerciseEntries.stepIndex, userId: exerciseEntries.userId, answer: exerciseEntries.answer, hold: exerciseEntries.hold, doneAt: exerciseEntries.doneAt })
    .from(exerciseEntries)
    .where(and(inArray(exerciseEntries.sessionId, sessions.map((s) => s.id)), isNotNull(exerciseEntries.doneAt)));
  return sessions.map((session) => {
    const template = session.template as ExerciseTemplate;
    const steps = template.steps.flatMap((step, index) => {
      if (step.kind !== "private-then-reveal") return [];
      const pair = people.map((p) => entries.find((e) => e.sessionId === session.id && e.stepIndex === index && e.userId === p.id));
      // Revealed to the couple means both are in; an answer kept private stays out even then.
      if (!pair.every((e) => isIn(e))) return [];
      return [{ prompt: step.prompt, answers: pair.map((e) => ({ by: name(e!.userId), answer: e!.hold === null ? e!.answer : null, keptPrivate: e!.hold !== null })) }];
    });
    return { id: session.id, title: template.title, status: session.status, startedAt: session.startedAt, endedAt: session.endedAt, steps };
  });
}

export async function moodsView(db: DbOrTx, access: TherapistAccess, now = new Date()) {
  requireScope(access, "moods");
  await logRead(db, access, "moods", "shared mood check-ins");
  const since = access.since;
  const people = await partnersOf(db, access.coupleId);
  const name = nameIn(people);
  const from = addDays(now.toISOString().slice(0, 10), -90);
  const rows = await db
    .select({ userId: moodCheckIns.userId, day: moodCheckIns.day, mood: moodCheckIns.mood, feelings: moodCheckIns.feelings, note: moodCheckIns.note, noteHold: moodCheckIns.noteHold })
    .from(moodCheckIns)
    .where(
      and(
        eq(moodCheckIns.sharedWithCoupleId, access.coupleId),
        inArray(moodCheckIns.userId, people.map((p) => p.id)),
        gte(moodCheckIns.day, from),
        since ? gte(moodCheckIns.createdAt, since) : undefined,
      ),
    )
    .orderBy(asc(moodCheckIns.day));
  return rows.map((r) => ({ by: name(r.userId), day: r.day, mood: r.mood, feelings: r.feelings, note: r.noteHold === null ? r.note : null }));
}

/**
 * The dashboard line of each couple, each figure only from a scope both partners granted and from
 * inside that couple's window. One statement per kind of figure, however many couples there are.
 */
async function summariesOf(db: DbOrTx, accesses: TherapistAccess[], now: Date) {
  if (accesses.length === 0) return [];
  await logReads(db, accesses, "summary", "dashboard summary");
  const granted = (scope: TherapistScope) => accesses.filter((a) => a.scopes.has(scope));
  const people = await partnersOfCouples(db, accesses.map((a) => a.coupleId));
  const activity = new Map<string, Date[]>(accesses.map((a) => [a.coupleId, []]));
  const seen = (coupleId: string, at: Date | string | null | undefined) => void (at && activity.get(coupleId)?.push(new Date(at)));
  const exercisesCompleted = new Map<string, number>();
  const checkInRate = new Map<string, number | null>();
  const openRevisits = new Map<string, number>();

  const answers = granted("answers");
  if (answers.length) {
    const rows = await db
      .select({ coupleId: exerciseSessions.coupleId, n: count(), last: max(exerciseSessions.updatedAt) })
      .from(exerciseSessions)
      .where(and(eq(exerciseSessions.status, "completed"), withinWindows(answers, exerciseSessions.coupleId, exerciseSessions.startedAt)))
      .groupBy(exerciseSessions.coupleId);
    for (const row of rows) {
      exercisesCompleted.set(row.coupleId, row.n);
      seen(row.coupleId, row.last);
    }
  }
  const promised = granted("commitments");
  if (promised.length) {
    const loaded = await loadCommitmentsOf(db, promised, now); // logged as the summary
    const fourWeeksAgo = addDays(localDate(now, "UTC"), -28);
    for (const access of promised) {
      const list = loaded.get(access.linkId)?.commitments ?? [];
      const recent = list.flatMap((c) => c.progress.periods.filter((p) => p.period.slice(0, 10) >= fourWeeksAgo && p.status !== "open"));
      checkInRate.set(access.coupleId, recent.length ? Math.round((recent.filter((p) => p.status !== "no-check-in").length / recent.length) * 100) : null);
    }
    const rows = await db
      .select({ coupleId: commitments.coupleId, last: max(commitmentCheckIns.createdAt) })
      .from(commitmentCheckIns)
      .innerJoin(commitments, eq(commitments.id, commitmentCheckIns.commitmentId))
      .where(and(withinWindows(promised, commitments.coupleId, commitmentCheckIns.createdAt), withinWindows(promised, commitments.coupleId, commitments.createdAt)))
      .groupBy(commitments.coupleId);
    for (const row of rows) seen(row.coupleId, row.last);
  }
  const agreed = granted("boundaries");
  if (agreed.length) {
    const rows = await db
      .select({
        coupleId: boundaries.coupleId,
        revisits: sql<number>`count(*) filter (where ${boundaries.revisitRequestedBy} is not null and ${boundaries.status} <> 'retired')`.mapWith(Number),
        last: max(boundaries.updatedAt),
      })
      .from(boundaries)
      .where(withinWindows(agreed, boundaries.coupleId, boundaries.createdAt))
      .groupBy(boundaries.coupleId);
    for (const row of rows) {
      openRevisits.set(row.coupleId, row.revisits);
      seen(row.coupleId, row.last);
    }
  }
  const moods = granted("moods");
  if (moods.length) {
    const rows = await db
      .select({ coupleId: moodCheckIns.sharedWithCoupleId, last: max(moodCheckIns.sharedAt) })
      .from(moodCheckIns)
      .where(withinWindows(moods, moodCheckIns.sharedWithCoupleId, moodCheckIns.createdAt))
      .groupBy(moodCheckIns.sharedWithCoupleId);
    for (const row of rows) if (row.coupleId) seen(row.coupleId, row.last);
  }

  return accesses.map((access) => {
    const times = activity.get(access.coupleId) ?? [];
    return {
      linkId: access.linkId,
      partners: (people.get(access.coupleId) ?? []).map((p) => p.name),
      scopes: [...access.scopes],
      lastActivity: times.length ? new Date(Math.max(...times.map((d) => d.getTime()))) : null,
      exercisesCompleted: access.scopes.has("answers") ? (exercisesCompleted.get(access.coupleId) ?? 0) : null,
      checkInRate: access.scopes.has("commitments") ? (checkInRate.get(access.coupleId) ?? null) : null,
      openRevisits: access.scopes.has("boundaries") ? (openRevisits.get(access.coupleId) ?? 0) : null,
    };
  });
}

/**
 * The dashboard: every couple whose access is active for this therapist, with a summary each, and
 * the couples still waiting for consent (names only, nothing of their data). A fixed number of
 * statements whatever the number of couples.
 */
export async function dashboard(db: DbOrTx, therapistId: string, now = new Date()) {
  const links = await db
    .select({ id: therapistLinks.id, createdAt: therapistLinks.createdAt })
    .from(therapistLinks)
    .where(and(eq(therapistLinks.therapistId, therapistId), isNull(therapistLinks.endedAt)))
    .orderBy(desc(therapistLinks.createdAt));
  const states = new Map((await linkStates(db, links.map((l) => l.id))).map((state) => [state.link.id, state] as const));
  const active: TherapistAccess[] = [];
  const waiting: Array<{ linkId: string; since: Date }> = [];
  for (const link of links) {
    const state = states.get(link.id);
    const access = state ? effectiveAccess(state.memberIds, state.consents) : null;
    if (state && access) active.push({ linkId: link.id, coupleId: state.link.coupleId as TherapistAccess["coupleId"], ...access });
    else if (state) waiting.push({ linkId: link.id, since: link.createdAt });
  }
  return { active: await summariesOf(db, active, now), waiting };
}

/**
 * The therapist's own homework for this couple, with whether it was started and done (the one thing
 * of the couple's it says, in any scope: the couple knows their therapist sees that). Logged.
 */
export async function homeworkView(db: DbOrTx, access: TherapistAccess) {
  await logRead(db, access, "homework", "homework status");
  return assignmentsOf(db, access.linkId);
}

/** Homework set through this link, with whether the couple has done it. */
export async function assignmentsOf(db: DbOrTx, linkId: string) {
  const rows = await db
    .select({ id: therapistAssignments.id, templateSlug: therapistAssignments.templateSlug, note: therapistAssignments.note, dueOn: therapistAssignments.dueOn, createdAt: therapistAssignments.createdAt })
    .from(therapistAssignments)
    .where(eq(therapistAssignments.linkId, linkId))
    .orderBy(desc(therapistAssignments.createdAt));
  if (rows.length === 0) return [];
  const sessions = await db
    .select({ assignmentId: exerciseSessions.assignmentId, status: exerciseSessions.status, endedAt: exerciseSessions.endedAt })
    .from(exerciseSessions)
    .where(inArray(exerciseSessions.assignmentId, rows.map((r) => r.id)));
  return rows.map((row) => {
    const own = sessions.filter((s) => s.assignmentId === row.id);
    const done = own.find((s) => s.status === "completed");
    return { ...row, started: own.length > 0, doneAt: done?.endedAt ?? null };
  });
}

/** The therapist's notes for one link: all of them for the therapist; only shared ones for the couple. */
export async function notesOf(db: DbOrTx, linkIds: string[], audience: "therapist" | "couple") {
  if (linkIds.length === 0) return [];
  return db
    .select({ id: therapistNotes.id, linkId: therapistNotes.linkId, body: therapistNotes.body, shared: therapistNotes.shared, createdAt: therapistNotes.createdAt })
    .from(therapistNotes)
    .where(and(inArray(therapistNotes.linkId, linkIds), audience === "couple" ? eq(therapistNotes.shared, true) : undefined))
    .orderBy(desc(therapistNotes.createdAt));
}

/** For the couple: homework and shared notes from the therapists they work with now. */
export async function fromTherapists(db: DbOrTx, coupleId: CoupleId) {
  const links = await db
    .select({ id: therapistLinks.id, name: users.name })
    .from(therapistLinks)
    .innerJoin(users, eq(users.id, therapistLinks.therapistId))
    .where(and(eq(therapistLinks.coupleId, coupleId), isNull(therapistLinks.endedAt)))
    .orderBy(desc(therapistLinks.createdAt));
  const ids = links.map((l) => l.id);
  const [assignments, notes] = await Promise.all([Promise.all(ids.map((id) => assignmentsOf(db, id))), notesOf(db, ids, "couple")]);
  const nameOf = (linkId: string) => links.find((l) => l.id === linkId)?.name ?? "Your therapist";
  return {
    assignments: assignments.flatMap((list, i) => list.map((a) => ({ ...a, from: links[i]!.name, title: findTemplate(a.templateSlug)?.title ?? a.templateSlug }))),
    notes: notes.map((n) => ({ id: n.id, from: nameOf(n.linkId), body: n.body, createdAt: n.createdAt })),
  };
}
