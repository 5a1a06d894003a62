declare module '*.raw.css' {
  const text: string;
  export default text;
}
