/** The product's languages: the lowest type of i18n, shared by the catalogue and its languages. */
export type Lang = "zh-CN" | "en-US";
