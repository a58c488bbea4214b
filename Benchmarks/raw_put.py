"""The raw PUT ceiling of an S3 endpoint: boto3, 8 threads PUTting 4 MiB objects for 10 s.
The figure a broker's saturated produce throughput is held against.
Usage: raw_put.py BUCKET LABEL   (FJORD_TEST_S3_ENDPOINT and AWS_* from the environment)"""
import os
import sys
import threading
import time

import boto3

bucket, label = sys.argv[1], sys.argv[2]
s3 = boto3.client("s3", endpoint_url=os.environ["FJORD_TEST_S3_ENDPOINT"], region_name="us-east-1")
body, stop, done = os.urandom(4 << 20), time.time() + 10, [0] * 8


def put(i):
    n = 0
    while time.time() < stop:
        s3.put_object(Bucket=bucket, Key=f"raw/{label}/{i}/{n}", Body=body)
        n += 1
    done[i] = n


threads = [threading.Thread(target=put, args=(i,)) for i in range(8)]
start = time.time()
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"raw PUT {label}: {sum(done) * 4 / (time.time() - start):.1f} MiB/s ({sum(done)} PUTs of 4 MiB, 8 threads)")
