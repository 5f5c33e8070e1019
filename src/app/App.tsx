export function App() {
  return <main><h1>政报通 ZhengBao</h1></main>;
}
