// Shared test set-up: on a loaded 2-core CI machine the pane's lazily loaded steps can take longer than
// Testing Library's 1 s default to appear, so its async queries wait up to 10 s (they return as soon as
// the element is there).
import { configure } from "@testing-library/dom";

configure({ asyncUtilTimeout: 10_000 });
