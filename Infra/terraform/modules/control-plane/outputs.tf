output "endpoint" {
  description = "host:port of PostgreSQL, for FJORD_POSTGRES_URL."
  value       = aws_db_instance.this.endpoint
}

output "master_user_secret_arn" {
  description = "The Secrets Manager secret holding the password."
  value       = aws_db_instance.this.master_user_secret[0].secret_arn
}

output "vpc_id" {
  description = "The VPC PostgreSQL lives in."
  value       = aws_vpc.this.id
}

output "private_subnet_ids" {
  description = "The private subnets."
  value       = aws_subnet.private[*].id
}
