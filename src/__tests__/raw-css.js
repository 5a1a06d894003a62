// Jest's stand-in for a `.raw.css` import: the stylesheet as (empty) text.
module.exports = '';
