/*
 * The extension's one stylesheet, added to the page once. The builder gives a
 * `.raw.css` file as its text (minified by webpack.config.js), so the bundle
 * carries no style-loader runtime (hot reload, reference counting, source
 * maps): for a single sheet that never unloads, it would weigh as much as the
 * rules themselves.
 */
import css from './base.raw.css';

const style = document.createElement('style');
style.dataset.extension = 'jupyterlab-isolation-info';
style.textContent = css;
document.head.append(style);
