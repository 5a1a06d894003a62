/*
 * The extension's stylesheet (its two files), added to the page once. The builder gives a
 * `.raw.css` file as its text (minified by webpack.config.js), so the bundle
 * carries no style-loader runtime (hot reload, reference counting, source
 * maps): for a single sheet that never unloads, it would weigh as much as the
 * rules themselves.
 */
import css from './base.raw.css';
// The Space section's and the volumes' meters' rules, kept apart.
import spaceCss from './space.raw.css';

const style = document.createElement('style');
style.dataset.extension = 'jupyterlab-isolation-info';
style.textContent = css + spaceCss;
document.head.append(style);
