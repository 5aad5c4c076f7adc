import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  type AccordionPanelProps,
} from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import type { Messages } from "../../i18n/catalogue";
import type { StepStatus } from "../step-status";

/** One step of a group: its key, its title, its body, and what it says about the chosen period. */
export interface StepItem<K extends string> {
  key: K;
  title: string;
  body: ReactNode;
  status?: StepStatus;
}

export interface StepAccordionProps<K extends string> {
  t: Messages;
  steps: readonly StepItem<K>[];
  /** The number of the group's first step (steps are numbered through the whole pane). */
  first: number;
  open: readonly K[];
  onOpenChange: (open: K[]) => void;
}

const useStyles = makeStyles({
  panel: { paddingBottom: tokens.spacingVerticalM, minWidth: 0 },
  status: {
    display: "block",
    paddingLeft: tokens.spacingHorizontalXXXL,
    marginTop: `-${tokens.spacingVerticalXS}`,
    paddingBottom: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: "anywhere",
  },
  done: { color: tokens.colorPaletteGreenForeground1 },
  next: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  notYet: { color: tokens.colorNeutralForeground3 },
  info: { color: tokens.colorNeutralForeground2 },
});

/** The panel's collapse motion, told not to unmount the step when it closes. */
const KEEP_MOUNTED: AccordionPanelProps["collapseMotion"] = {
  children: (Motion, props) => <Motion {...props} unmountOnExit={false} />,
};

/** A group of steps, each a section that opens and closes; several may be open at once. */
export function StepAccordion<K extends string>({ t, steps, first, open, onOpenChange }: StepAccordionProps<K>) {
  const styles = useStyles();
  const id = useId();
  return (
    <Accordion multiple collapsible openItems={open as K[]} onToggle={(_, d) => onOpenChange(d.openItems as K[])}>
      {steps.map(({ key, title, body, status }, i) => (
        <AccordionItem key={key} value={key}>
          <AccordionHeader as="h3" button={status?.text ? { "aria-describedby": `${id}-${key}` } : undefined}>
            {t.stepHeading(first + i, title)}
          </AccordionHeader>
          {status?.text && (
            <Text id={`${id}-${key}`} className={mergeClasses(styles.status, styles[status.kind])} data-testid={`status-${key}`}>
              {status.text}
            </Text>
          )}
          {/*
            Kept mounted while collapsed, so that a running step and its outcome survive closing the
            section; hidden then, so that neither the keyboard nor a screen reader lands in it.
          */}
          <AccordionPanel className={styles.panel} collapseMotion={KEEP_MOUNTED}>
            <div hidden={!open.includes(key)}>{body}</div>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
