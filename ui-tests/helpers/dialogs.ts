import { IJupyterLabPageFixture } from '@jupyterlab/galata';

/**
 * The messages of the browser dialogs (alert, confirm) the page opens from
 * now on, each dismissed: a hostile text that ran as script would show one,
 * so a test that draws such a text expects this list empty.
 */
export function dialogsDismissed(page: IJupyterLabPageFixture): string[] {
  const dialogs: string[] = [];
  page.on('dialog', dialog => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}
