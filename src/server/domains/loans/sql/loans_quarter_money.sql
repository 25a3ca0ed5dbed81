-- A quarter's interest and 贴息 for every loan with schedule days in [p_from, p_to), set-based
-- (ADR 0057, 0064). The same rules as subsidy.ts's quarterMoney, which quarter-money.db.test.ts
-- proves equal: each schedule period's days in the quarter accrue on its outstanding principal
-- at the loan's rate over 360 days; the days are cut where the LPR changes and where 贴息 ends
-- (the end of the 贴息 years or the original maturity, whichever comes first); a stretch earns
-- 贴息 at the loan's rate above the borrower's share (LPR + share), up to the cap (LPR + cap),
-- unless its period went overdue; each loan's quarter is summed exactly and rounded once, half-up.
create or replace function loans_quarter_money(p_from date, p_to date)
  returns table (loan_id bigint, interest_fen bigint, subsidy_fen bigint)
  language sql stable as $fn$
  with rules as (
    select rate_cap_spread_bp as cap, borrower_spread_bp as share, subsidy_years as years from loan_rules where id = 1
  ), lpr as (
    select effective_from as from_day,
           coalesce(lead(effective_from) over (order by effective_from), 'infinity'::date) as to_day, rate_bp
    from loan_lpr_rates
  ), accruals as materialized (
    select row_number() over () as aid, l.id as loan_id, l.rate_bp, p.outstanding_fen as principal,
           greatest(p.starts_on, p_from) as a_start, least(p.due_on, p_to) as a_end,
           p.overdue_on is not null as overdue,
           least((l.disbursed_on + make_interval(years => r.years))::date, l.maturity_on) as subsidy_end
    from loans l
    join loan_schedule_periods p on p.loan_id = l.id
    cross join rules r
    where l.disbursed_on is not null and p.starts_on < p_to and p.due_on > p_from
  ), inner_cuts as (
    -- the days inside an accrual where its rate changes; most accruals have none and are one stretch
    select aid, subsidy_end as c from accruals where subsidy_end > a_start and subsidy_end < a_end
    union select a.aid, x.effective_from from accruals a
      join loan_lpr_rates x on x.effective_from > a.a_start and x.effective_from < a.a_end
  ), cut as materialized (
    select distinct aid from inner_cuts
  ), cuts as (
    select a.aid, a.a_start as c from accruals a join cut using (aid)
    union all select a.aid, a.a_end from accruals a join cut using (aid)
    union all select aid, c from inner_cuts
  ), stretches as (
    select aid, c as from_day, lead(c) over (partition by aid order by c) as to_day from cuts
    union all
    select aid, a_start, a_end from accruals where aid not in (select aid from cut)
  )
  select a.loan_id,
         div(2 * sum(a.principal * a.rate_bp * (s.to_day - s.from_day)) + 3600000, 7200000)::bigint,
         div(2 * sum(case when a.overdue or s.from_day >= a.subsidy_end then 0
                          else a.principal * (s.to_day - s.from_day)
                               * greatest(0, least(a.rate_bp, lpr.rate_bp + r.cap) - greatest(0, lpr.rate_bp + r.share))
                     end) + 3600000, 7200000)::bigint
  from stretches s
  join accruals a on a.aid = s.aid
  left join lpr on s.from_day >= lpr.from_day and s.from_day < lpr.to_day
  cross join rules r
  where s.to_day is not null
  group by a.loan_id
$fn$;
