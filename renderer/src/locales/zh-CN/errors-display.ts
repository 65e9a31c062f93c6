/** 顾客显示屏领域的错误信息：发生了什么，然后该怎么做。 */
export const displayErrors = {
  display_code_invalid: '该显示屏配对码错误、已使用或已过期。请在收银台获取新的配对码，并在两分钟内输入。',
} as const;
