// Vite's `?raw` suffix imports a file's text as a string (both test runners load modules through Vite).
declare module '*?raw' {
  const text: string;
  export default text;
}
