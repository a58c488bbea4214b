variable "name" {
  description = "The cluster's name (the policy file's cluster.name)."
  type        = string
}

variable "cidr" {
  description = "The VPC's address range."
  type        = string
  default     = "10.0.0.0/16"
}

variable "zones" {
  description = "Availability zones for the private subnets (RDS Multi-AZ needs two or more)."
  type        = list(string)
}

variable "client_cidrs" {
  description = "Where the control-plane replicas run (e.g. the EKS cluster's pod subnets): the only sources PostgreSQL admits."
  type        = list(string)
}

variable "postgres_version" {
  description = "PostgreSQL engine version (Fjord needs 14 or later)."
  type        = string
  default     = "16.4"
}

variable "instance_class" {
  description = "The RDS instance class."
  type        = string
  default     = "db.m7g.large"
}

variable "storage_gb" {
  description = "Initial storage; autoscaling may grow it to four times this."
  type        = number
  default     = 100
}

variable "log_kms_key_arn" {
  description = "A KMS key for the flow logs' log group; null: CloudWatch's own encryption."
  type        = string
  default     = null
}

variable "performance_insights_kms_key_arn" {
  description = "A KMS key for Performance Insights; null: the AWS-managed key."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
