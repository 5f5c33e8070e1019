// The words that qualify a figure's number, by where a report writes them: read by the parser
// (parse/figures/units.ts) and put back in their place when a figure is written (ui/figure-value.ts).

/** Written before the number: 约300人, 近百家, 超过2000件. */
export const PRE_MODIFIERS = ['将近', '將近', '大约', '大約', '超过', '超過', '约', '約', '近', '逾', '超'];
/** Written between the number and the measure word: 3000余人次, 10多个. */
export const MID_MODIFIERS = ['余', '餘', '多'];
/** Written after the measure word: 200人以上, 50家左右. */
export const POST_MODIFIERS = ['以上', '左右', '余', '餘', '多'];
