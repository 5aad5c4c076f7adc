import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";
import type { Messages } from "../../i18n/catalogue";
import { errorText } from "../use-step";

export interface ChunkBoundaryProps {
  t: Messages;
  /** Called by 重试: the parent makes a new lazy component (React keeps a failed one failed). */
  onRetry: () => void;
  children: ReactNode;
}

interface ChunkBoundaryState {
  error: unknown;
}

/**
 * Around a part of the pane loaded on demand (React.lazy): when its chunk cannot be fetched — the network
 * dropped — it says so with a retry instead of taking the whole pane down; the rest keeps working.
 */
export class ChunkBoundary extends Component<ChunkBoundaryProps, ChunkBoundaryState> {
  override state: ChunkBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ChunkBoundaryState {
    return { error };
  }

  override render() {
    const { t, onRetry, children } = this.props;
    if (this.state.error === null) return children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{t.chunkFailed(errorText(this.state.error, t))}</MessageBarBody>
        <MessageBarActions>
          <Button
            size="small"
            onClick={() => {
              this.setState({ error: null });
              onRetry();
            }}
          >
            {t.retry}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
