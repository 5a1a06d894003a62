import type { TranslationBundle } from '@jupyterlab/translation';
import * as React from 'react';

/**
 * What every view of the panel needs beyond its data: the translation
 * bundle and the panel's actions.
 */
export interface IViewContext {
  trans: TranslationBundle;
  /**
   * Copy `value` to the clipboard and say so in the panel's status line.
   */
  copy: (value: string) => void;
  /**
   * Show every metadata field, not only the first ones.
   */
  showAllFields: () => void;
  /**
   * Whether the user asked for every metadata field.
   */
  allFields: boolean;
  /**
   * The file browser's root, absolute, as the page says it; null when it
   * does not. The Space walk reaches only folders inside it.
   */
  browserRoot?: string | null;
  /**
   * Open the Space section walking `path` (from the file browser's root);
   * absent without the space plugin.
   */
  walkFolder?: ((path: string) => void) | null;
}

export const ViewContext = React.createContext<IViewContext | null>(null);

/**
 * The view context; the panel provides it around every view.
 */
export function useView(): IViewContext {
  const context = React.useContext(ViewContext);
  if (!context) {
    throw new Error('An Isolation Info view was rendered outside its panel.');
  }
  return context;
}
