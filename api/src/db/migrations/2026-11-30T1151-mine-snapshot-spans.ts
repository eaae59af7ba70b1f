import { sql, type Kysely } from 'kysely'

/**
 * Per-mine snapshot spans (issue 15 §2, statistics): a mine's snapshot as the event replay
 * (`mineSnapshots`) gives it, stored once for each stretch of days over which it does not change.
 * The replay compares every date of a mine's history with the as-of date only as `x <= asOf` or
 * `x > asOf`, so the snapshot is constant between two consecutive dates of the mine's own history
 * (events, self-assessment receipts, rectification issue/close, licence term registrations,
 * cancellations, equipment changes, directory entry/removal, production start). A mine with a
 * recorded history exists from its first event; one without from -infinity. Consecutive equal
 * snapshots are merged, so `[from_on, to_on)` spans tile each mine's existence without gaps.
 *
 * Statement-level triggers on every table the replay reads rebuild the touched mines' spans in
 * the writing transaction, so no write path can forget them. A session that sets
 * `zgm.defer_spans = on` (only the benchmark's bulk dataset builder) skips them and must call
 * `rebuild_mine_snapshot_spans(null)` itself before committing.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // The per-mine lookups the rebuild makes (the other history tables have theirs already).
  await sql`create index if not exists self_assessment_mine on self_assessment (mine_id, received_on)`.execute(
    db,
  )
  await sql`create index if not exists rectification_order_mine on rectification_order (mine_id, issued_on)`.execute(
    db,
  )
  await sql`create index if not exists directory_entry_mine on directory_entry (mine_id, entered_on)`.execute(
    db,
  )

  await sql`
    create table mine_snapshot_span (
      mine_id int not null references mine (id) on delete cascade,
      from_on date not null,
      to_on date not null check (to_on > from_on),
      county_code char(6) not null,
      mining_method text not null,
      has_sand_equipment boolean not null,
      licence_valid_from date not null,
      licence_valid_to date,
      green_state text not null,
      ops_status text not null,
      production_start date,
      self_assessment_received_on date,
      county_archived_on date,
      rectification_deadline date,
      entered_on date,
      primary key (mine_id, from_on)
    )`.execute(db)

  // The replay's snapshot of the given mines at each date of their history.
  await sql
    .raw(
      `
    create function mine_snapshot_span_rows(ids int[])
    returns table (mine_id int, from_on date, county_code char(6), mining_method text,
      has_sand_equipment boolean, licence_valid_from date, licence_valid_to date, green_state text,
      ops_status text, production_start date, self_assessment_received_on date,
      county_archived_on date, rectification_deadline date, entered_on date)
    language plpgsql stable set search_path from current as $fn$
    #variable_conflict use_column
    begin
      -- plpgsql rather than sql: the plan is kept per session (planning was most of a small rebuild)
      return query
      with m as (
        select m.id, m.county_code, m.mining_method, m.green_state, m.ops_status, m.production_start,
          m.has_sand_equipment, m.licence_id, l.valid_from as l_from, l.valid_to as l_to,
          (select min(e.occurred_on) from mine_event e where e.mine_id = m.id) as first_on,
          exists (select 1 from mine_equipment_event q where q.mine_id = m.id) as has_equip,
          (select min(t.valid_from) from licence_term t where t.licence_id = m.licence_id) as term_from
        from mine m join licence l on l.id = m.licence_id
        where m.id = any(ids)),
      dates as (
        select m.id as mine_id, '-infinity'::date as d from m
        union all select e.mine_id, e.occurred_on from mine_event e where e.mine_id = any(ids)
        union all select s.mine_id, s.received_on from self_assessment s where s.mine_id = any(ids)
        union all select r.mine_id, r.issued_on from rectification_order r where r.mine_id = any(ids)
        union all select r.mine_id, r.closed_on from rectification_order r where r.mine_id = any(ids)
        union all select m.id, t.registered_on from licence_term t join m on m.licence_id = t.licence_id
        union all select m.id, v.occurred_on from licence_event v join m on m.licence_id = v.licence_id
          where v.kind = 'cancelled'
        union all select q.mine_id, q.occurred_on from mine_equipment_event q where q.mine_id = any(ids)
        union all select d.mine_id, d.entered_on from directory_entry d where d.mine_id = any(ids)
        union all select d.mine_id, d.removed_on from directory_entry d where d.mine_id = any(ids)
        union all select m.id, m.production_start from m),
      bp as (
        select distinct x.mine_id, x.d from dates x join m on m.id = x.mine_id
        -- A mine with a recorded history exists from its first event.
        where x.d is not null and (m.first_on is null or x.d >= m.first_on))
      select m.id, bp.d, m.county_code, m.mining_method,
        case when not m.has_equip then m.has_sand_equipment
          else coalesce(equip.change = 'installed', false) end,
        coalesce(m.term_from, m.l_from),
        case when cancel.on_date is not null then least(coalesce(term.valid_to, m.l_to), cancel.on_date - 1)
          when m.term_from is null then m.l_to else term.valid_to end,
        coalesce(g_last.s, g_next.s, m.green_state),
        coalesce(o_last.s, o_next.s, m.ops_status),
        case when m.production_start <= bp.d then m.production_start end,
        sa.on_date, arch.on_date, rect.deadline, dir.on_date
      from bp join m on m.id = bp.mine_id
      left join lateral (select e.green_to as s from mine_event e
        where e.mine_id = m.id and e.green_to is not null and e.occurred_on <= bp.d
        order by e.occurred_on desc, e.id desc limit 1) g_last on true
      left join lateral (select e.green_from as s from mine_event e
        where e.mine_id = m.id and e.green_to is not null and e.occurred_on > bp.d
        order by e.occurred_on, e.id limit 1) g_next on true
      left join lateral (select e.ops_to as s from mine_event e
        where e.mine_id = m.id and e.ops_to is not null and e.occurred_on <= bp.d
        order by e.occurred_on desc, e.id desc limit 1) o_last on true
      left join lateral (select e.ops_from as s from mine_event e
        where e.mine_id = m.id and e.ops_to is not null and e.occurred_on > bp.d
        order by e.occurred_on, e.id limit 1) o_next on true
      left join lateral (select max(e.occurred_on) as on_date from mine_event e
        where e.mine_id = m.id and e.green_to = 'county_archived' and e.occurred_on <= bp.d) arch on true
      left join lateral (select max(s.received_on) as on_date from self_assessment s
        where s.mine_id = m.id and s.received_on <= bp.d) sa on true
      left join lateral (select r.deadline from rectification_order r
        where r.mine_id = m.id and r.issued_on <= bp.d and (r.closed_on is null or r.closed_on > bp.d)
        order by r.issued_on desc, r.id desc limit 1) rect on true
      left join lateral (select max(t.valid_to) as valid_to from licence_term t
        where t.licence_id = m.licence_id and t.registered_on <= bp.d) term on true
      left join lateral (select min(v.occurred_on) as on_date from licence_event v
        where v.licence_id = m.licence_id and v.kind = 'cancelled' and v.occurred_on <= bp.d) cancel on true
      left join lateral (select q.change from mine_equipment_event q
        where q.mine_id = m.id and q.occurred_on <= bp.d
        order by q.occurred_on desc, q.id desc limit 1) equip on true
      left join lateral (select max(d.entered_on) as on_date from directory_entry d
        where d.mine_id = m.id and d.entered_on <= bp.d and (d.removed_on is null or d.removed_on > bp.d)) dir on true;
    end
    $fn$`,
    )
    .execute(db)

  // Rewrites the spans of the given mines (null = every mine), merging equal neighbours.
  await sql
    .raw(
      `
    create function rebuild_mine_snapshot_spans(ids int[]) returns void
    language plpgsql set search_path from current as $fn$
    begin
      if ids is null then
        delete from mine_snapshot_span;
        ids := array(select id from mine);
      else
        delete from mine_snapshot_span s where s.mine_id = any(ids);
      end if;
      insert into mine_snapshot_span (mine_id, from_on, to_on, county_code, mining_method,
        has_sand_equipment, licence_valid_from, licence_valid_to, green_state, ops_status,
        production_start, self_assessment_received_on, county_archived_on, rectification_deadline,
        entered_on)
      select x.mine_id, x.from_on,
        lead(x.from_on, 1, 'infinity'::date) over (partition by x.mine_id order by x.from_on),
        x.county_code, x.mining_method, x.has_sand_equipment, x.licence_valid_from,
        x.licence_valid_to, x.green_state, x.ops_status, x.production_start,
        x.self_assessment_received_on, x.county_archived_on, x.rectification_deadline, x.entered_on
      from (
        select r.*, row(r.county_code, r.mining_method, r.has_sand_equipment, r.licence_valid_from,
            r.licence_valid_to, r.green_state, r.ops_status, r.production_start,
            r.self_assessment_received_on, r.county_archived_on, r.rectification_deadline, r.entered_on)
          is not distinct from lag(row(r.county_code, r.mining_method, r.has_sand_equipment,
            r.licence_valid_from, r.licence_valid_to, r.green_state, r.ops_status, r.production_start,
            r.self_assessment_received_on, r.county_archived_on, r.rectification_deadline, r.entered_on))
            over (partition by r.mine_id order by r.from_on) as same
        from mine_snapshot_span_rows(ids) r) x
      where not x.same;
    end
    $fn$`,
    )
    .execute(db)

  // One trigger function for every history table: tg_argv[0] names the column that leads to the
  // mine ('mine_id', 'licence_id', or 'id' on mine itself).
  await sql
    .raw(
      `
    create function mine_snapshot_span_touch() returns trigger
    language plpgsql set search_path from current as $fn$
    declare
      key text := tg_argv[0];
      touched int[] := '{}';
      more int[];
    begin
      if current_setting('zgm.defer_spans', true) = 'on' then
        return null;
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        execute format('select array_agg(distinct %I) from new_rows', key) into more;
        touched := touched || coalesce(more, '{}');
      end if;
      if tg_op in ('UPDATE', 'DELETE') then
        execute format('select array_agg(distinct %I) from old_rows', key) into more;
        touched := touched || coalesce(more, '{}');
      end if;
      if key = 'licence_id' then
        select array_agg(m.id) into touched from mine m where m.licence_id = any(touched);
      end if;
      if coalesce(cardinality(touched), 0) > 0 then
        perform rebuild_mine_snapshot_spans(touched);
      end if;
      return null;
    end
    $fn$`,
    )
    .execute(db)

  for (const [table, key] of HISTORY) {
    for (const op of ['insert', 'update', 'delete'] as const) {
      if (table === 'mine' && op === 'update') continue // below: only when a column the replay reads changes
      const refs =
        op === 'insert'
          ? 'new table as new_rows'
          : op === 'delete'
            ? 'old table as old_rows'
            : 'old table as old_rows new table as new_rows'
      await sql
        .raw(
          `create trigger ${table}_spans_${op} after ${op} on ${table} referencing ${refs}
           for each statement execute function mine_snapshot_span_touch('${key}')`,
        )
        .execute(db)
    }
  }
  // Updates of mine and licence rewrite spans only when a column the replay reads changed (a
  // mine's version bump on every workflow write would otherwise rebuild it twice).
  await sql
    .raw(
      `
    create function mine_snapshot_span_touch_changed() returns trigger
    language plpgsql set search_path from current as $fn$
    declare
      touched int[];
    begin
      if current_setting('zgm.defer_spans', true) = 'on' then
        return null;
      end if;
      if tg_table_name = 'mine' then
        select array_agg(n.id) into touched from new_rows n join old_rows o on o.id = n.id
        where row(n.county_code, n.mining_method, n.production_start, n.has_sand_equipment, n.licence_id)
            is distinct from row(o.county_code, o.mining_method, o.production_start, o.has_sand_equipment,
              o.licence_id)
          -- the state columns count only for a mine without such events (the replay's fallback);
          -- a workflow write, which records an event and then the state, is rebuilt once
          or (n.green_state is distinct from o.green_state and not exists (
            select 1 from mine_event e where e.mine_id = n.id and e.green_to is not null))
          or (n.ops_status is distinct from o.ops_status and not exists (
            select 1 from mine_event e where e.mine_id = n.id and e.ops_to is not null));
      else
        select array_agg(m.id) into touched from new_rows n join old_rows o on o.id = n.id
        join mine m on m.licence_id = n.id
        where row(n.valid_from, n.valid_to) is distinct from row(o.valid_from, o.valid_to);
      end if;
      if touched is not null then
        perform rebuild_mine_snapshot_spans(touched);
      end if;
      return null;
    end
    $fn$`,
    )
    .execute(db)
  for (const table of ['mine', 'licence']) {
    await sql
      .raw(
        `create trigger ${table}_spans_changed after update on ${table}
         referencing old table as old_rows new table as new_rows
         for each statement execute function mine_snapshot_span_touch_changed()`,
      )
      .execute(db)
  }

  // Backfill: every mine's spans from the history already recorded.
  await sql`select rebuild_mine_snapshot_spans(null)`.execute(db)
}

/** Tables the replay reads, with the column that leads to the mine. */
const HISTORY = [
  ['mine', 'id'],
  ['mine_event', 'mine_id'],
  ['self_assessment', 'mine_id'],
  ['rectification_order', 'mine_id'],
  ['directory_entry', 'mine_id'],
  ['mine_equipment_event', 'mine_id'],
  ['licence_term', 'licence_id'],
  ['licence_event', 'licence_id'],
] as const

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table] of HISTORY) {
    for (const op of ['insert', 'update', 'delete']) {
      await sql.raw(`drop trigger if exists ${table}_spans_${op} on ${table}`).execute(db)
    }
  }
  await sql`drop trigger if exists mine_spans_changed on mine`.execute(db)
  await sql`drop trigger if exists licence_spans_changed on licence`.execute(db)
  await sql`drop function if exists mine_snapshot_span_touch_changed()`.execute(db)
  await sql`drop function if exists mine_snapshot_span_touch()`.execute(db)
  await sql`drop function if exists rebuild_mine_snapshot_spans(int[])`.execute(db)
  await sql`drop function if exists mine_snapshot_span_rows(int[])`.execute(db)
  await sql`drop table if exists mine_snapshot_span`.execute(db)
  await sql`drop index if exists directory_entry_mine`.execute(db)
  await sql`drop index if exists rectification_order_mine`.execute(db)
  await sql`drop index if exists self_assessment_mine`.execute(db)
}
