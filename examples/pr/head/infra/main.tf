provider "aws" {
  region = "eu-west-1"
}

resource "aws_db_instance" "main" {
  identifier          = "platform-db-v2"
  engine              = "postgres"
  instance_class      = "db.m6i.large"
  allocated_storage   = 50
  publicly_accessible = false
}

resource "aws_s3_bucket" "logs" {
  bucket = "platform-access-logs"
}
