# The explorer (API + built client). Neo4j runs in its own container: see docker-compose.yml,
# which sets NEO4J_URI so `npm start` connects to it instead of starting a local one.
FROM node:22-bookworm

WORKDIR /app
# Build and run as the image's unprivileged user, who owns everything the app may write.
RUN chown node:node /app
USER node

COPY --chown=node:node package.json package-lock.json ./
# onnxruntime-node's install script would fetch a CUDA provider from outside npm; its bundled CPU build is the one used
ENV ONNXRUNTIME_NODE_INSTALL=skip
RUN npm ci --no-audit --no-fund
COPY --chown=node:node . .
RUN npm run build

ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["npm", "start"]
