import { sql, type Kysely } from 'kysely'

/**
 * The thinned point layers' cells at zooms 5–7, kept by the database (issue 15 §2, tiles): for each
 * cell of 128 × 128 per tile (4 × 4 px) that holds a mine, the lowest mine id in it and how many
 * mines it holds: `mines` over every mine at `location_3857`, `public_mines` over the mines of the
 * public tile set (open directory entry, not closed) at their rounded `public_location_3857`.
 * A province-wide tile at z5–7 then reads its cells by primary key instead of grouping up to ten
 * thousand mines per request (tile-render.queries.ts `rowsNear`).
 *
 * A cell is `floor(x / size)`, `floor(y / size)` of the EPSG:3857 position, size =
 * 2 × 20037508.342789244 / 2^(z + 7) (an exact power-of-two scaling, the same in JavaScript,
 * tile-math.ts `cellSide`); tile edges and the tile buffer (2 cells) fall on cell edges.
 *
 * Statement-level triggers on `mine` (insert, delete, a changed position or ops status) and
 * `directory_entry` recompute the cells of the touched positions, old and new, in the writing
 * transaction. A session with `zgm.defer_spans = on` (the benchmark's bulk builder) skips them and
 * calls `rebuild_thin_cells()` before committing, as it does for the snapshot spans (T1151).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table thin_cell (
      layer text not null check (layer in ('mines', 'public_mines')),
      z smallint not null check (z between 5 and 7),
      cx int not null,
      cy int not null,
      fid int not null,
      count int not null check (count > 0),
      primary key (layer, z, cx, cy)
    )`.execute(db)

  await sql
    .raw(
      `
    create function thin_cell_size(z int) returns float8
    language sql immutable parallel safe as $fn$
      select 2 * 20037508.342789244::float8 / 2::float8 ^ (z + 7)
    $fn$;

    -- The cells (z5–7) that hold any of these EPSG:3857 points.
    create function thin_cells_at(points geometry[]) returns table (z int, cx int, cy int)
    language sql stable as $fn$
      select distinct z.z, floor(st_x(p) / thin_cell_size(z.z))::int, floor(st_y(p) / thin_cell_size(z.z))::int
      from unnest(points) p, generate_series(5, 7) z(z)
      where p is not null
    $fn$;

    -- Recomputes both layers' cells that hold any of these points (a mine's old and new positions).
    create function refresh_thin_cells(points geometry[]) returns void
    language plpgsql set search_path from current as $fn$
    begin
      delete from thin_cell t using thin_cells_at(points) c
      where t.z = c.z and t.cx = c.cx and t.cy = c.cy;
      insert into thin_cell (layer, z, cx, cy, fid, count)
      select 'mines', c.z, c.cx, c.cy, min(m.id), count(*)::int
      from thin_cells_at(points) c
      join mine m on m.location_3857 && st_makeenvelope(c.cx * thin_cell_size(c.z), c.cy * thin_cell_size(c.z),
        (c.cx + 1) * thin_cell_size(c.z), (c.cy + 1) * thin_cell_size(c.z), 3857)
      where floor(st_x(m.location_3857) / thin_cell_size(c.z)) = c.cx
        and floor(st_y(m.location_3857) / thin_cell_size(c.z)) = c.cy
      group by c.z, c.cx, c.cy;
      insert into thin_cell (layer, z, cx, cy, fid, count)
      select 'public_mines', c.z, c.cx, c.cy, min(m.id), count(*)::int
      from thin_cells_at(points) c
      join mine m on m.public_location_3857 && st_makeenvelope(c.cx * thin_cell_size(c.z), c.cy * thin_cell_size(c.z),
        (c.cx + 1) * thin_cell_size(c.z), (c.cy + 1) * thin_cell_size(c.z), 3857)
      join directory_entry d on d.mine_id = m.id and d.removed_on is null
      where m.ops_status <> 'closed'
        and floor(st_x(m.public_location_3857) / thin_cell_size(c.z)) = c.cx
        and floor(st_y(m.public_location_3857) / thin_cell_size(c.z)) = c.cy
      group by c.z, c.cx, c.cy;
    end
    $fn$;

    -- Every cell from scratch.
    create function rebuild_thin_cells() returns void
    language plpgsql set search_path from current as $fn$
    begin
      delete from thin_cell;
      insert into thin_cell (layer, z, cx, cy, fid, count)
      select 'mines', z, cx, cy, min(id), count(*)::int from (
        select m.id, z.z, floor(st_x(m.location_3857) / thin_cell_size(z.z))::int as cx,
          floor(st_y(m.location_3857) / thin_cell_size(z.z))::int as cy
        from mine m, generate_series(5, 7) z(z)) x
      group by z, cx, cy;
      insert into thin_cell (layer, z, cx, cy, fid, count)
      select 'public_mines', z, cx, cy, min(id), count(*)::int from (
        select m.id, z.z, floor(st_x(m.public_location_3857) / thin_cell_size(z.z))::int as cx,
          floor(st_y(m.public_location_3857) / thin_cell_size(z.z))::int as cy
        from mine m join directory_entry d on d.mine_id = m.id and d.removed_on is null,
          generate_series(5, 7) z(z)
        where m.ops_status <> 'closed') x
      group by z, cx, cy;
    end
    $fn$;

    -- On mine the rows carry the positions; on directory_entry they name the mine.
    create function thin_cells_touch() returns trigger
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
        -- Only a moved mine or a changed ops status (every workflow write updates the mine row).
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
    $fn$`,
    )
    .execute(db)

  for (const table of ['mine', 'directory_entry']) {
    for (const op of ['insert', 'update', 'delete'] as const) {
      const refs =
        op === 'insert'
          ? 'new table as new_rows'
          : op === 'delete'
            ? 'old table as old_rows'
            : 'old table as old_rows new table as new_rows'
      await sql
        .raw(
          `create trigger ${table}_thin_cells_${op} after ${op} on ${table} referencing ${refs}
           for each statement execute function thin_cells_touch()`,
        )
        .execute(db)
    }
  }

  await sql`select rebuild_thin_cells()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['mine', 'directory_entry']) {
    for (const op of ['insert', 'update', 'delete']) {
      await sql.raw(`drop trigger if exists ${table}_thin_cells_${op} on ${table}`).execute(db)
    }
  }
  await sql
    .raw(
      `drop function if exists thin_cells_touch(); drop function if exists rebuild_thin_cells();
       drop function if exists refresh_thin_cells(geometry[]); drop function if exists thin_cells_at(geometry[]);
       drop function if exists thin_cell_size(int); drop table if exists thin_cell`,
    )
    .execute(db)
}
