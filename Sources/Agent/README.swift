// Agent: the Kafka server.
