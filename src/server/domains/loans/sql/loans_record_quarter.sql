-- Records a quarter's 贴息 once (ADR 0064): the quarter's batch row, then each loan's interest and
-- 贴息 from loans_quarter_money, then the batch's count and total. A quarter already recorded is
-- left as it was (a second run, or one waiting on the first, inserts nothing): the answer is
-- whether this call recorded it.
create or replace function loans_record_quarter(p_quarter text, p_from date, p_to date, p_user bigint,
                                                p_now timestamptz)
  returns boolean language plpgsql volatile as $fn$
begin
  insert into loan_subsidy_quarters (quarter, starts_on, ends_on, loan_count, subsidy_fen, recorded_by_user_id, recorded_at)
  values (p_quarter, p_from, p_to, 0, 0, p_user, p_now)
  on conflict (quarter) do nothing;
  if not found then
    return false;
  end if;
  insert into loan_quarter_subsidies (quarter, loan_id, interest_fen, subsidy_fen)
  select p_quarter, m.loan_id, m.interest_fen, m.subsidy_fen from loans_quarter_money(p_from, p_to) m;
  update loan_subsidy_quarters q
     set loan_count = t.n, subsidy_fen = t.fen
    from (select count(*)::int as n, coalesce(sum(subsidy_fen), 0)::bigint as fen
            from loan_quarter_subsidies where quarter = p_quarter) t
   where q.quarter = p_quarter;
  return true;
end
$fn$;
