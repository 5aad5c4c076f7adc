/** A1 ranges of sheet plans: the register's one parser (register/ranges.ts), as the .xlsx adapter uses them. */
export * from "../register/ranges";
