import { makeStaticStyles } from "@fluentui/react-components";

/*
 * The web app and the preview on a phone (375 × 667, 390 × 844): the steps stand above the sheet, the page
 * scrolls, and whatever a finger presses is at least 44 px tall (WCAG 2.5.5's target size; Apple's and
 * Google's guides ask the same). Above this width nothing changes: the desktop layout is as it was.
 */

/** The media query of a phone-width page. */
export const PHONE = "@media (max-width: 600px)";

/** Finger-sized targets in the pane and the sheet view at phone width: buttons, tabs, fields and problem links. */
export const usePhoneTargets = makeStaticStyles(`
${PHONE} {
  .phone-targets button,
  .phone-targets [role="tab"],
  .phone-targets input:not([type="checkbox"]):not([type="radio"]):not([type="file"]),
  .phone-targets select,
  .phone-targets .fui-Input,
  .phone-targets .fui-Select,
  .phone-targets .fui-Combobox,
  .phone-targets .fui-Dropdown {
    min-height: 44px;
  }
  .phone-targets .fui-Link {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .phone-targets .fui-Checkbox,
  .phone-targets .fui-Radio,
  .phone-targets .fui-Switch {
    min-height: 44px;
    align-items: center;
  }
}
`);
