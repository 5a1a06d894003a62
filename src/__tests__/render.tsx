/**
 * Rendering React views in jest: inside act(), so every update React has
 * scheduled is on the page before the test looks.
 */
import { ServerConnection } from '@jupyterlab/services';
import { nullTranslator } from '@jupyterlab/translation';
import * as React from 'react';
import { act } from 'react';
import { ReactWidget } from '@jupyterlab/ui-components';
import { CommandRegistry } from '@lumino/commands';
import { MessageLoop } from '@lumino/messaging';
import { Widget } from '@lumino/widgets';

import { addReportCommands } from '../commands';
import { KernelInspectionModel } from '../inspection';
import type { IIsolationInfo } from '../tokens';
import { IViewContext, ViewContext } from '../views/context';
import { IsolationInfoPanel } from '../views/panel';

const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

/**
 * Run `work` inside act(): React finishes every update it scheduled before
 * this resolves. Updates the panel schedules on its own (a model signal)
 * are flushed by the next act.
 */
async function inAct(work: () => void | Promise<void>): Promise<void> {
  scope.IS_REACT_ACT_ENVIRONMENT = true;
  try {
    await act(async () => {
      await work();
    });
  } finally {
    scope.IS_REACT_ACT_ENVIRONMENT = false;
  }
}

/**
 * Click `element` inside act(): what the click changes is on the page when
 * this resolves.
 */
export async function click(element: HTMLElement): Promise<void> {
  await inAct(() => element.click());
}

/**
 * Wait until the panel shows its model as it is now.
 */
export async function rendered(panel: IsolationInfoPanel): Promise<void> {
  await inAct(() => panel.rendered());
}

/**
 * A view rendered alone in a div, with the context the panel gives it.
 */
export async function renderView(
  element: JSX.Element,
  context: Partial<IViewContext> = {}
): Promise<HTMLElement> {
  const value: IViewContext = {
    trans: nullTranslator.load('jupyterlab_isolation_info'),
    copy: () => undefined,
    showAllFields: () => undefined,
    allFields: false,
    ...context
  };
  const widget = ReactWidget.create(
    <ViewContext.Provider value={value}>{element}</ViewContext.Provider>
  );
  await inAct(async () => {
    MessageLoop.sendMessage(widget, Widget.Msg.UpdateRequest);
    await widget.renderPromise;
  });
  return widget.node;
}

/**
 * Dispose of the panel, its React root unmounted inside act().
 */
export async function disposed(panel: IsolationInfoPanel): Promise<void> {
  await inAct(() => panel.dispose());
}

/**
 * Let the message loop and React finish what they have scheduled, without
 * asking the panel to draw.
 */
export async function settled(): Promise<void> {
  await inAct(async () => {
    MessageLoop.flush();
    await new Promise(resolve => setTimeout(resolve, 0));
  });
}

/**
 * A registry with the report commands, as the commands plugin registers them
 * before the panel draws (no notebook or console open).
 */
export function reportCommands(model: IIsolationInfo): CommandRegistry {
  const commands = new CommandRegistry();
  addReportCommands(commands, {
    model,
    inspection: new KernelInspectionModel(ServerConnection.makeSettings()),
    trans: nullTranslator.load('jupyterlab_isolation_info'),
    serverSettings: ServerConnection.makeSettings(),
    currentSession: () => null
  });
  return commands;
}

/**
 * Run `work` with Element.scrollIntoView recording the elements it is called
 * on (jsdom scrolls nothing), handed to `work`; the original is put back
 * whatever `work` does.
 */
export async function recordingScrolls(
  work: (scrolled: Element[]) => Promise<void>
): Promise<void> {
  const scrolled: Element[] = [];
  const scrollIntoView = Element.prototype.scrollIntoView;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  try {
    await work(scrolled);
  } finally {
    Element.prototype.scrollIntoView = scrollIntoView;
  }
}
