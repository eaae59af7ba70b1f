import { sql, type Kysely } from 'kysely'

/**
 * Per-county statistics spans (issue 15 §2): a county's figures under the default scope policy
 * (ZJ-2018) for every stretch of as-of days over which they do not change, so that county entry
 * rates as of a date are one row per county instead of a pass over every mine.
 *
 * The figures are those of `summarise` (api/src/stats/stats.service.ts) over the mine snapshot
 * spans of T1151: licensed mines (licence started) counted per green state; in the directory
 * (in_directory or rectifying, not closed); 应建 under ZJ-2018 §2; and the mine alerts of
 * `computeAlerts` (R3.3 verification, R4 construction and suspension, R6 rectification) overdue
 * or due within 30 days. Within one mine span these change only on the licence's first day, a
 * year before its end (and the day after, for 29 February), the day after its end, and 30 days
 * before / the day after each due date: those are the breakpoints, besides the spans' own.
 * The rules are restated here in SQL (a migration cannot import the domain); the test in
 * api/src/stats/snapshot-spans.test.ts holds them equal to the domain's on random dates and
 * after random writes.
 *
 * `rebuild_mine_snapshot_spans` now also rebuilds the counties its mines were and are in.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table county_stats_span (
      county_code char(6) not null,
      from_on date not null,
      to_on date not null check (to_on > from_on),
      mandatory int not null,
      in_directory int not null,
      in_directory_total int not null,
      -- licensed mines per green state (states with none are absent)
      pipeline jsonb not null,
      overdue int not null,
      coming_due int not null,
      primary key (county_code, from_on)
    )`.execute(db)
  // The county rebuild reads a county's mine spans.
  await sql`create index mine_snapshot_span_county on mine_snapshot_span (county_code)`.execute(db)
  // The spans in force on a date: ≈ 2,400 of 187,000 rows at national scale (a seq scan read them all).
  await sql`create index county_stats_span_in_force on county_stats_span using gist (daterange(from_on, to_on))`.execute(
    db,
  )

  // Rewrites the spans of the given counties (null = every county), merging equal neighbours.
  await sql
    .raw(
      `
    create function rebuild_county_stats_spans(codes text[]) returns void
    language plpgsql set search_path from current as $fn$
    begin
      if codes is null then
        delete from county_stats_span;
        codes := array(select distinct s.county_code::text from mine_snapshot_span s);
      else
        delete from county_stats_span c where c.county_code = any(codes::char(6)[]);
      end if;
      insert into county_stats_span (county_code, from_on, to_on, mandatory, in_directory,
        in_directory_total, pipeline, overdue, coming_due)
      with ms as (
        -- each mine span with its due dates (null when no such alert applies)
        select s.*,
          case when s.green_state in ('self_assessed', 'evaluator_assigned')
            then (s.self_assessment_received_on + interval '1 month')::date end as due1,
          case when s.ops_status in ('producing', 'suspended') and s.green_state = 'building'
              and s.self_assessment_received_on is null
            then (s.production_start + interval '6 months')::date end as due2,
          case when s.ops_status = 'producing' and s.green_state not in ('in_directory', 'rectifying')
            then (s.production_start + interval '12 months')::date end as due3,
          case when s.green_state = 'rectifying' then s.rectification_deadline end as due4
        from mine_snapshot_span s where s.county_code = any(codes::char(6)[])),
      cuts as (
        -- where a span's figures may change inside it (extra cuts are harmless: equal pieces merge)
        select distinct ms.mine_id, ms.from_on, c.d from ms,
          lateral (values (ms.from_on), (ms.licence_valid_from),
            ((ms.licence_valid_to - interval '1 year')::date),
            ((ms.licence_valid_to - interval '1 year')::date + 1), (ms.licence_valid_to + 1),
            (ms.due1 - 30), (ms.due1 + 1), (ms.due2 - 30), (ms.due2 + 1),
            (ms.due3 - 30), (ms.due3 + 1), (ms.due4 - 30), (ms.due4 + 1)) c(d)
        where c.d >= ms.from_on and c.d < ms.to_on),
      pieces as (
        select ms.*, c.d,
          lead(c.d, 1, ms.to_on) over (partition by c.mine_id, c.from_on order by c.d) as piece_to
        from cuts c join ms on ms.mine_id = c.mine_id and ms.from_on = c.from_on),
      figures as (
        select p.county_code, p.d, p.piece_to, p.green_state,
          p.licence_valid_from <= p.d as licensed,
          p.green_state in ('in_directory', 'rectifying') and p.ops_status <> 'closed' as listed,
          case
            when p.ops_status = 'closed' or p.licence_valid_from > p.d then false
            when p.ops_status = 'suspended' and p.licence_valid_to < p.d then false
            when p.mining_method = 'open_pit' and p.licence_valid_to <= (p.d + interval '1 year')::date
              then p.has_sand_equipment
            else true end as mandatory,
          case when p.ops_status = 'closed' then 0 else
            coalesce((p.due1 < p.d)::int, 0) + coalesce((p.due2 < p.d)::int, 0)
            + coalesce((p.due3 < p.d)::int, 0) + coalesce((p.due4 < p.d)::int, 0) end as overdue,
          case when p.ops_status = 'closed' then 0 else
            coalesce((p.due1 >= p.d and p.due1 - p.d <= 30)::int, 0)
            + coalesce((p.due2 >= p.d and p.due2 - p.d <= 30)::int, 0)
            + coalesce((p.due3 >= p.d and p.due3 - p.d <= 30)::int, 0)
            + coalesce((p.due4 >= p.d and p.due4 - p.d <= 30)::int, 0) end as coming_due
        from pieces p),
      contributions as (
        select x.county_code, x.d, x.piece_to,
          (x.licensed and x.mandatory)::int as mandatory,
          (x.licensed and x.mandatory and x.listed)::int as in_directory,
          (x.licensed and x.listed)::int as in_directory_total,
          x.overdue, x.coming_due,
          (x.licensed and x.green_state = 'building')::int as p0,
          (x.licensed and x.green_state = 'self_assessed')::int as p1,
          (x.licensed and x.green_state = 'evaluator_assigned')::int as p2,
          (x.licensed and x.green_state = 'verification_failed')::int as p3,
          (x.licensed and x.green_state = 'verified')::int as p4,
          (x.licensed and x.green_state = 'county_publicity')::int as p5,
          (x.licensed and x.green_state = 'county_archived')::int as p6,
          (x.licensed and x.green_state = 'city_reported')::int as p7,
          (x.licensed and x.green_state = 'province_publicity')::int as p8,
          (x.licensed and x.green_state = 'in_directory')::int as p9,
          (x.licensed and x.green_state = 'rectifying')::int as p10,
          (x.licensed and x.green_state = 'removed')::int as p11
        from figures x),
      deltas as (
        -- +figures where a piece starts, -figures where it ends; every county starts at zero
        select c.county_code, c.d as on_date, 1 as sign, c.mandatory, c.in_directory, c.in_directory_total, c.overdue, c.coming_due, c.p0, c.p1, c.p2, c.p3, c.p4, c.p5, c.p6, c.p7, c.p8, c.p9, c.p10, c.p11 from contributions c
        union all select c.county_code, c.piece_to, -1, c.mandatory, c.in_directory, c.in_directory_total, c.overdue, c.coming_due, c.p0, c.p1, c.p2, c.p3, c.p4, c.p5, c.p6, c.p7, c.p8, c.p9, c.p10, c.p11
          from contributions c where c.piece_to < 'infinity'
        union all select code, '-infinity'::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        from unnest(codes) code),
      per_day as (
        select d.county_code, d.on_date,
          sum(d.sign * d.mandatory)::int as mandatory, sum(d.sign * d.in_directory)::int as in_directory,
          sum(d.sign * d.in_directory_total)::int as in_directory_total,
          sum(d.sign * d.overdue)::int as overdue, sum(d.sign * d.coming_due)::int as coming_due,
          sum(d.sign * d.p0)::int as p0, sum(d.sign * d.p1)::int as p1, sum(d.sign * d.p2)::int as p2, sum(d.sign * d.p3)::int as p3, sum(d.sign * d.p4)::int as p4, sum(d.sign * d.p5)::int as p5, sum(d.sign * d.p6)::int as p6, sum(d.sign * d.p7)::int as p7, sum(d.sign * d.p8)::int as p8, sum(d.sign * d.p9)::int as p9, sum(d.sign * d.p10)::int as p10, sum(d.sign * d.p11)::int as p11
        from deltas d group by d.county_code, d.on_date),
      running as (
        select county_code, on_date, sum(mandatory) over w as mandatory,
          sum(in_directory) over w as in_directory, sum(in_directory_total) over w as in_directory_total,
          sum(overdue) over w as overdue, sum(coming_due) over w as coming_due,
          sum(p0) over w as p0, sum(p1) over w as p1, sum(p2) over w as p2, sum(p3) over w as p3, sum(p4) over w as p4, sum(p5) over w as p5, sum(p6) over w as p6, sum(p7) over w as p7, sum(p8) over w as p8, sum(p9) over w as p9, sum(p10) over w as p10, sum(p11) over w as p11
        from per_day window w as (partition by county_code order by on_date)),
      named as (
        -- states with no mine are left out (nullif + strip)
        select r.county_code, r.on_date, r.mandatory::int, r.in_directory::int,
          r.in_directory_total::int, r.overdue::int, r.coming_due::int,
          jsonb_strip_nulls(jsonb_build_object('building', nullif(r.p0, 0), 'self_assessed', nullif(r.p1, 0), 'evaluator_assigned', nullif(r.p2, 0), 'verification_failed', nullif(r.p3, 0), 'verified', nullif(r.p4, 0), 'county_publicity', nullif(r.p5, 0), 'county_archived', nullif(r.p6, 0), 'city_reported', nullif(r.p7, 0), 'province_publicity', nullif(r.p8, 0), 'in_directory', nullif(r.p9, 0), 'rectifying', nullif(r.p10, 0), 'removed', nullif(r.p11, 0))) as pipeline
        from running r),
      marked as (
        -- field by field: a row comparison with lag() cost ≈ 70 µs a row
        select n.*, coalesce(n.mandatory = lag(n.mandatory) over w and n.in_directory = lag(n.in_directory) over w
          and n.in_directory_total = lag(n.in_directory_total) over w and n.pipeline = lag(n.pipeline) over w
          and n.overdue = lag(n.overdue) over w and n.coming_due = lag(n.coming_due) over w, false) as same
        from named n window w as (partition by n.county_code order by n.on_date))
      select m.county_code, m.on_date,
        lead(m.on_date, 1, 'infinity'::date) over (partition by m.county_code order by m.on_date),
        m.mandatory, m.in_directory, m.in_directory_total, m.pipeline, m.overdue, m.coming_due
      from marked m where not m.same;
    end
    $fn$`,
    )
    .execute(db)

  // The mine spans' rebuild now carries the counties along: those its mines were in and are in.
  await sql
    .raw(
      `
    create or replace function rebuild_mine_snapshot_spans(ids int[]) returns void
    language plpgsql set search_path from current as $fn$
    declare
      counties text[];
      whole boolean := ids is null;
    begin
      if whole then
        delete from mine_snapshot_span;
        ids := array(select id from mine);
      else
        select array_agg(distinct s.county_code::text) into counties
        from mine_snapshot_span s where s.mine_id = any(ids);
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
      if whole then
        perform rebuild_county_stats_spans(null);
      else
        select array_agg(distinct c) into counties from (
          select unnest(coalesce(counties, '{}')) as c
          union select s.county_code::text from mine_snapshot_span s where s.mine_id = any(ids)) u;
        if counties is not null then
          perform rebuild_county_stats_spans(counties);
        end if;
      end if;
    end
    $fn$`,
    )
    .execute(db)

  await sql`select rebuild_county_stats_spans(null)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  // T1151's rebuild, without the counties.
  await sql
    .raw(
      `
    create or replace function rebuild_mine_snapshot_spans(ids int[]) returns void
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
  await sql`drop function if exists rebuild_county_stats_spans(text[])`.execute(db)
  await sql`drop table if exists county_stats_span`.execute(db)
  await sql`drop index if exists mine_snapshot_span_county`.execute(db)
}
