/**
 * Rows of money change only by the steps the service makes (ADR 0047), as
 * `audit_events` is append-only (0001): the database itself refuses the rest.
 *
 * - `piece_records`: never updated but for a self-report's decision
 *   (pending → approved | rejected); a correction is a reversing record.
 * - `settlements`: the figures never change; the status moves
 *   closed → confirmed → paid (SETTLEMENT_TRANSITIONS), each step setting
 *   only its own columns (who confirmed, who paid, how, the reference).
 * - `settlement_lines`: the figures never change; the status moves as
 *   LINE_TRANSITIONS says, each step setting only its own columns (the
 *   dispute's reason, the resolution's note and who resolved it) and the time.
 * - `piece_adjustments`: the amount never changes; an open adjustment is paid
 *   once (its settlement set), and stays paid.
 *
 * None of them is ever deleted or truncated. Inserts are not checked (the
 * triggers fire on UPDATE and DELETE only), so writing records and lines, the
 * hot paths, costs the same as before. A route test compares the steps
 * allowed here with the workflow tables in src/shared.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function piece_records_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'TRUNCATE' then
        raise exception 'piece_records is append-only: it is never truncated';
      elsif tg_op = 'DELETE' then
        raise exception 'piece_records is append-only: record % is never deleted (a correction is a reversing record)', old.id;
      end if;
      if (to_jsonb(new) - 'state') is distinct from (to_jsonb(old) - 'state')
         or (new.state <> old.state and not (old.state = 2 and new.state in (1, 3))) then
        raise exception 'piece_records is append-only: only a pending record may be approved or rejected (record %)', old.id;
      end if;
      return new;
    end $$;

    create function settlements_append_only() returns trigger language plpgsql as $$
    declare
      steps text[];
    begin
      if tg_op = 'TRUNCATE' then
        raise exception 'settlements are append-only: never truncated';
      elsif tg_op = 'DELETE' then
        raise exception 'settlements are append-only: settlement % is never deleted', old.id;
      end if;
      steps := case
        when new.status = old.status then '{}'::text[]
        when old.status = 'closed' and new.status = 'confirmed' then array['status', 'confirmed_at', 'confirmed_by_user_id']
        when old.status = 'confirmed' and new.status = 'paid' then array['status', 'paid_at', 'paid_by_user_id', 'pay_method', 'pay_reference']
      end;
      if steps is null or (to_jsonb(new) - steps) is distinct from (to_jsonb(old) - steps) then
        raise exception 'settlements are append-only: settlement % cannot go from % to % or change its figures', old.id, old.status, new.status;
      end if;
      return new;
    end $$;

    create function settlement_lines_append_only() returns trigger language plpgsql as $$
    declare
      steps text[];
    begin
      if tg_op = 'TRUNCATE' then
        raise exception 'settlement_lines are append-only: never truncated';
      elsif tg_op = 'DELETE' then
        raise exception 'settlement_lines are append-only: line % is never deleted', old.id;
      end if;
      steps := case
        when new.status = old.status then '{}'::text[]
        when old.status = 'open' and new.status = 'acknowledged' then array['status', 'updated_at']
        when old.status = 'open' and new.status = 'disputed' then array['status', 'dispute_reason', 'updated_at']
        when old.status = 'disputed' and new.status = 'resolved' then array['status', 'resolution_note', 'resolved_by_user_id', 'updated_at']
      end;
      if steps is null or (to_jsonb(new) - steps) is distinct from (to_jsonb(old) - steps) then
        raise exception 'settlement_lines are append-only: line % cannot go from % to % or change its figures', old.id, old.status, new.status;
      end if;
      return new;
    end $$;

    create function piece_adjustments_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'TRUNCATE' then
        raise exception 'piece_adjustments is append-only: never truncated';
      elsif tg_op = 'DELETE' then
        raise exception 'piece_adjustments is append-only: adjustment % is never deleted', old.id;
      end if;
      if (to_jsonb(new) - 'settlement_id') is distinct from (to_jsonb(old) - 'settlement_id')
         or (new.settlement_id is distinct from old.settlement_id and not (old.settlement_id is null and new.settlement_id is not null)) then
        raise exception 'piece_adjustments is append-only: adjustment % is paid once and keeps its amount', old.id;
      end if;
      return new;
    end $$;

    create trigger piece_records_no_change before update or delete on piece_records
      for each row execute function piece_records_append_only();
    create trigger piece_records_no_truncate before truncate on piece_records
      for each statement execute function piece_records_append_only();
    create trigger settlements_no_change before update or delete on settlements
      for each row execute function settlements_append_only();
    create trigger settlements_no_truncate before truncate on settlements
      for each statement execute function settlements_append_only();
    create trigger settlement_lines_no_change before update or delete on settlement_lines
      for each row execute function settlement_lines_append_only();
    create trigger settlement_lines_no_truncate before truncate on settlement_lines
      for each statement execute function settlement_lines_append_only();
    create trigger piece_adjustments_no_change before update or delete on piece_adjustments
      for each row execute function piece_adjustments_append_only();
    create trigger piece_adjustments_no_truncate before truncate on piece_adjustments
      for each statement execute function piece_adjustments_append_only();
  `.execute(db);
}
