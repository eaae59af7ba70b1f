import { sql, type Kysely } from 'kysely'
import * as thinCells from './2026-12-01T0201-thin-cells'

/**
 * thin_cell (migration 2026-12-01T0201) also keeps what a thinned tile draws of each cell's mine:
 * its position in the layer (`merc`: `location_3857` for `mines`, the rounded
 * `public_location_3857` for `public_mines`), name, county code, mineral, workflow and operating
 * states, and the date its open directory entry began. A province-wide z5–7 tile then reads one
 * table by its primary key instead of joining two index lookups per cell to mine (and to
 * directory_entry for the public layer): on the densest national z5 public tile, 3,254 cells,
 * about 6,500 index scans fewer.
 *
 * Kept as the cells are: refresh_thin_cells and rebuild_thin_cells write the attributes with the
 * cell; a changed name, county, mineral or workflow state of a mine (every workflow write updates
 * its row) rewrites the rows it represents in the writing statement (found by `thin_cell_fid`);
 * a moved or closed mine and any directory_entry write recompute the cells as before.
 * Both layers' rows carry every attribute; each tile layer reads only the fields it declares.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `
    alter table thin_cell
      add column merc geometry(Point, 3857),
      add column name text,
      add column county_code text,
      add column mineral text,
      add column green_state text,
      add column ops_status text,
      add column entered_on text;
    create index thin_cell_fid on thin_cell (fid);

    -- Cells (layer, z, cx, cy, fid, count) with their representative's attributes, as stored.
    create function thin_cell_rows(cells thin_cell[]) returns setof thin_cell
    language sql stable set search_path from current as $fn$
      select c.layer, c.z, c.cx, c.cy, c.fid, c.count,
        case c.layer when 'mines' then m.location_3857 else m.public_location_3857 end,
        m.name, m.county_code::text, m.mineral, m.green_state, m.ops_status, d.entered_on::text
      from unnest(cells) c
      join mine m on m.id = c.fid
      left join directory_entry d on d.mine_id = m.id and d.removed_on is null
    $fn$;

    create or replace function refresh_thin_cells(points geometry[]) returns void
    language plpgsql set search_path from current as $fn$
    begin
      delete from thin_cell t using thin_cells_at(points) c
      where t.z = c.z and t.cx = c.cx and t.cy = c.cy;
      insert into thin_cell select * from thin_cell_rows(array(
        select row('mines', c.z, c.cx, c.cy, min(m.id), count(*)::int, null, null, null, null, null, null, null)::thin_cell
        from thin_cells_at(points) c
        join mine m on m.location_3857 && st_makeenvelope(c.cx * thin_cell_size(c.z), c.cy * thin_cell_size(c.z),
          (c.cx + 1) * thin_cell_size(c.z), (c.cy + 1) * thin_cell_size(c.z), 3857)
        where floor(st_x(m.location_3857) / thin_cell_size(c.z)) = c.cx
          and floor(st_y(m.location_3857) / thin_cell_size(c.z)) = c.cy
        group by c.z, c.cx, c.cy
        union all
        select row('public_mines', c.z, c.cx, c.cy, min(m.id), count(*)::int, null, null, null, null, null, null, null)::thin_cell
        from thin_cells_at(points) c
        join mine m on m.public_location_3857 && st_makeenvelope(c.cx * thin_cell_size(c.z), c.cy * thin_cell_size(c.z),
          (c.cx + 1) * thin_cell_size(c.z), (c.cy + 1) * thin_cell_size(c.z), 3857)
        join directory_entry d on d.mine_id = m.id and d.removed_on is null
        where m.ops_status <> 'closed'
          and floor(st_x(m.public_location_3857) / thin_cell_size(c.z)) = c.cx
          and floor(st_y(m.public_location_3857) / thin_cell_size(c.z)) = c.cy
        group by c.z, c.cx, c.cy));
    end
    $fn$;

    create or replace function rebuild_thin_cells() returns void
    language plpgsql set search_path from current as $fn$
    begin
      delete from thin_cell;
      insert into thin_cell select * from thin_cell_rows(array(
        select row('mines', z, cx, cy, min(id), count(*)::int, null, null, null, null, null, null, null)::thin_cell from (
          select m.id, z.z, floor(st_x(m.location_3857) / thin_cell_size(z.z))::int as cx,
            floor(st_y(m.location_3857) / thin_cell_size(z.z))::int as cy
          from mine m, generate_series(5, 7) z(z)) x
        group by z, cx, cy
        union all
        select row('public_mines', z, cx, cy, min(id), count(*)::int, null, null, null, null, null, null, null)::thin_cell from (
          select m.id, z.z, floor(st_x(m.public_location_3857) / thin_cell_size(z.z))::int as cx,
            floor(st_y(m.public_location_3857) / thin_cell_size(z.z))::int as cy
          from mine m join directory_entry d on d.mine_id = m.id and d.removed_on is null,
            generate_series(5, 7) z(z)
          where m.ops_status <> 'closed') x
        group by z, cx, cy))
      -- In key order: a tile's cells then sit on few pages (densest national z5: 4,114 rows on
      -- 4,171 pages written in hash order).
      order by layer, z, cx, cy;
    end
    $fn$;

    -- As in 2026-12-01T0201, plus: a representative's attributes changed in place.
    create or replace function thin_cells_touch() returns trigger
    language plpgsql set search_path from current as $fn$
    declare
      points geometry[];
    begin
      if current_setting('zgm.defer_spans', true) = 'on' then
        return null;
      end if;
      if tg_table_name = 'mine' and tg_op = 'INSERT' then
        select array_agg(p) into points from new_rows n,
          unnest(array[n.location_3857, n.public_location_3857]) p;
      elsif tg_table_name = 'mine' and tg_op = 'DELETE' then
        select array_agg(p) into points from old_rows o,
          unnest(array[o.location_3857, o.public_location_3857]) p;
      elsif tg_table_name = 'mine' then
        update thin_cell t
        set name = n.name, county_code = n.county_code::text, mineral = n.mineral, green_state = n.green_state
        from new_rows n join old_rows o on o.id = n.id
        where t.fid = n.id
          and row(n.name, n.county_code, n.mineral, n.green_state)
            is distinct from row(o.name, o.county_code, o.mineral, o.green_state);
        -- Only a moved mine or a changed ops status changes cells (every workflow write updates the mine row).
        select array_agg(p) into points from new_rows n join old_rows o on o.id = n.id,
          unnest(array[n.location_3857, n.public_location_3857, o.location_3857, o.public_location_3857]) p
        where row(n.location, n.ops_status) is distinct from row(o.location, o.ops_status);
      elsif tg_op = 'INSERT' then
        select array_agg(p) into points from mine m,
          unnest(array[m.location_3857, m.public_location_3857]) p
        where m.id in (select mine_id from new_rows);
      elsif tg_op = 'DELETE' then
        select array_agg(p) into points from mine m,
          unnest(array[m.location_3857, m.public_location_3857]) p
        where m.id in (select mine_id from old_rows);
      else
        select array_agg(p) into points from mine m,
          unnest(array[m.location_3857, m.public_location_3857]) p
        where m.id in (select mine_id from new_rows union select mine_id from old_rows);
      end if;
      if points is not null then
        perform refresh_thin_cells(points);
      end if;
      return null;
    end
    $fn$;

    select rebuild_thin_cells();
    alter table thin_cell
      alter column merc set not null,
      alter column name set not null,
      alter column county_code set not null,
      alter column mineral set not null,
      alter column green_state set not null,
      alter column ops_status set not null;
    `,
    )
    .execute(db)
}

/** Back to 2026-12-01T0201's table and functions, rebuilt. */
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function refresh_thin_cells(geometry[]), rebuild_thin_cells(), thin_cell_rows(thin_cell[])`.execute(
    db,
  )
  await thinCells.down(db)
  await thinCells.up(db)
}
