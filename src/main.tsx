import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { FilesHarness } from './ui/files/FilesHarness'

const container = document.getElementById('root')
if (container) createRoot(container).render(<StrictMode><FilesHarness /></StrictMode>)
