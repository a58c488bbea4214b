// ControlPlane: topics, offsets, the batch index, producer ids and consumer groups.
