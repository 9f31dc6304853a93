/**
 * Events with their provenance, the unit claims are made of: each row joined
 * with its article (published, outlet, url, copy of) and the names and kinds
 * of its actor, target and source.
 */
import type { Approx, Certainty, EntityKind, PloverType } from '../../core/layers.ts';
import type { EntityRef, EventFilter, EventRecord } from '../types.ts';
import { findEntity } from './query-entities.ts';
import type { Sql } from './statement-cache.ts';

interface EventRow {
  article_id: number;
  idx: number;
  type: PloverType;
  certainty: Certainty;
  actor_key: string | null; actor_name: string | null; actor_kind: EntityKind | null;
  target_key: string | null; target_name: string | null; target_kind: EntityKind | null;
  source_key: string | null; source_name: string | null; source_kind: EntityKind | null;
  source_text: string | null;
  has_source: number;
  quantity_value: number | null;
  quantity_unit: string | null;
  quantity_approx: Approx | null;
  date: string | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  by: string;
  published: string | null;
  outlet: string | null;
  url: string | null;
  copy_of: number | null;
}

const SELECT = `SELECT ev.article_id, ev.idx, ev.type, ev.certainty,
    ev.actor_key, ac.name AS actor_name, ac.kind AS actor_kind,
    ev.target_key, ta.name AS target_name, ta.kind AS target_kind,
    ev.source_key, so.name AS source_name, so.kind AS source_kind, ev.source_text, ev.has_source,
    ev.quantity_value, ev.quantity_unit, ev.quantity_approx, ev.date,
    ev.evidence_start, ev.evidence_end, ev.evidence_text, ev.by,
    a.published, a.outlet, a.url, a.copy_of
  FROM events ev
  JOIN articles a ON a.id = ev.article_id
  LEFT JOIN entities ac ON ac.key = ev.actor_key
  LEFT JOIN entities ta ON ta.key = ev.target_key
  LEFT JOIN entities so ON so.key = ev.source_key
`;
const ORDER = 'ORDER BY a.published NULLS LAST, ev.article_id, ev.idx';

/**
 * Events matching the filter, oldest article first. An actor or target the
 * store does not know matches nothing.
 *
 * @example
 * queryEvents(sql, { actor: 'Corée du Nord', type: 'AID', since: '2024-11-01' });
 */
export function queryEvents(sql: Sql, filter: EventFilter = {}): readonly EventRecord[] {
  const actor = filter.actor === undefined ? null : findEntity(sql, filter.actor)?.key;
  const target = filter.target === undefined ? null : findEntity(sql, filter.target)?.key;
  if (actor === undefined || target === undefined) return [];
  if (filter.certainty !== undefined && filter.certainty.length === 0) return [];
  // Only the filters given go into the WHERE clause (fixed fragments, values bound), so SQLite can use the indexes.
  const where: string[] = [];
  const values: (string | number)[] = [];
  const add = (clause: string, value: string | number) => { where.push(clause); values.push(value); };
  if (actor !== null) add('ev.actor_key = ?', actor);
  if (target !== null) add('ev.target_key = ?', target);
  if (filter.type !== undefined) add('ev.type = ?', filter.type);
  if (filter.certainty !== undefined) add('ev.certainty IN (SELECT value FROM json_each(?))', JSON.stringify(filter.certainty));
  if (filter.since !== undefined) add('a.published >= ?', filter.since);
  if (filter.articleId !== undefined) add('ev.article_id = ?', filter.articleId);
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const rows = sql(`${SELECT} ${clause} ${ORDER}`).all(...values) as EventRow[];
  return rows.map(toRecord);
}

function toRecord(row: EventRow): EventRecord {
  return {
    articleId: row.article_id,
    index: row.idx,
    type: row.type,
    actor: ref(row.actor_key, row.actor_name, row.actor_kind),
    target: ref(row.target_key, row.target_name, row.target_kind),
    certainty: row.certainty,
    source: row.has_source ? { entity: ref(row.source_key, row.source_name, row.source_kind), text: row.source_text } : null,
    quantity: row.quantity_value === null ? null : {
      value: row.quantity_value,
      unit: row.quantity_unit,
      ...(row.quantity_approx ? { approx: row.quantity_approx } : {}),
    },
    date: row.date,
    evidence: { start: row.evidence_start, end: row.evidence_end, text: row.evidence_text },
    by: row.by,
    published: row.published,
    outlet: row.outlet,
    url: row.url,
    copyOf: row.copy_of,
  };
}

function ref(key: string | null, name: string | null, kind: EntityKind | null): EntityRef | null {
  return key === null || name === null || kind === null ? null : { key, name, kind };
}
