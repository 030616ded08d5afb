import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { startApp } from './host-start';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The host is decided before the first render: inside Teams this takes one round trip.
const start = await startApp();

createRoot(root).render(
  <StrictMode>
    <App start={start} />
  </StrictMode>,
);
