/**
 * @packageDocumentation
 * A local HTTP server that records the JSON bodies POSTed to it: the receiving end of a job's
 * webhook in the end-to-end tests.
 */
import { createServer, type Server } from 'node:http'

export interface WebhookReceiver {
  /** the URL to give `--notify` */
  url: string
  /** every body received, parsed, in arrival order */
  received: any[]
  close(): Promise<void>
}

export async function startWebhookReceiver (): Promise<WebhookReceiver> {
  const received: any[] = []
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (d) => { body += d })
    req.on('end', () => {
      received.push(JSON.parse(body))
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`,
    received,
    async close () {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
