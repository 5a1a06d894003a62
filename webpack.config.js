/*
 * Merged by jupyter-builder (rspack) into its labextension build: the
 * stylesheet, taken as text by style/index.js, is minified on the way.
 */
module.exports = {
  module: {
    rules: [
      {
        test: /\.raw\.css$/,
        use: [
          {
            loader: 'builtin:lightningcss-loader',
            options: { minify: true }
          }
        ]
      }
    ]
  }
};
