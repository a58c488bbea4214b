variable "name" {
  description = "The bucket's name: the policy file's cluster.bucket."
  type        = string
}

variable "cross_account_roles" {
  description = "Roles of agent groups in other accounts, each with its policy document from `fjord policy render-permissions --format aws-iam`."
  type        = map(any)
  default     = {}
}

variable "versioning" {
  description = "Keep object versions (7 days for noncurrent ones). Fjord never overwrites an object, so this only delays deletes."
  type        = bool
  default     = false
}

variable "access_log_bucket" {
  description = "A bucket for S3 server access logs; null: none."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
